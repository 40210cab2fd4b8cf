package dev.rapport.account.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.rapport.account.AccessTokenScope;

/**
 * A personal access token: only its hash is kept, so a database leak gives no working
 * tokens.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

	/**
	 * Recording every single use would turn each API read into a write; a minute's
	 * precision is all the settings page needs.
	 */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(nullable = false, updatable = false)
	private String prefix;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AccessTokenScope scope;

	/** Null: the token never expires. */
	@Column(name = "expires_at", updatable = false)
	private Instant expiresAt;

	protected AccessToken() {
	}

	public AccessToken(long ownerId, String name, String tokenHash, String prefix, Instant createdAt,
			AccessTokenScope scope, Instant expiresAt) {
		this.scope = scope;
		this.expiresAt = expiresAt;
		this.ownerId = ownerId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
	}

	public void usedAt(Instant now) {
		if (this.lastUsedAt == null || this.lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now)) {
			this.lastUsedAt = now;
		}
	}

	public void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public String getName() {
		return this.name;
	}

	public String getTokenHash() {
		return this.tokenHash;
	}

	public String getPrefix() {
		return this.prefix;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public AccessTokenScope getScope() {
		return this.scope;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	/**
	 * Whether the token has stopped working by {@code now}: its expiry is the first
	 * instant it fails.
	 */
	public boolean isExpiredAt(Instant now) {
		return this.expiresAt != null && !now.isBefore(this.expiresAt);
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

}
