package dev.rapport.account.twofactor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's TOTP secret, present only while two-factor sign-in is on. */
@Entity
@Table(name = "two_factor")
class TwoFactorSecret {

	@Id
	@Column(name = "owner_id")
	private Long ownerId;

	@Column(nullable = false, updatable = false)
	private String secret;

	@Column(name = "enabled_at", nullable = false, updatable = false)
	private Instant enabledAt;

	@Column(name = "last_used_step")
	private Long lastUsedStep;

	@Version
	private long version;

	protected TwoFactorSecret() {
	}

	TwoFactorSecret(long ownerId, String secret, Instant enabledAt, long usedStep) {
		this.ownerId = ownerId;
		this.secret = secret;
		this.enabledAt = enabledAt;
		this.lastUsedStep = usedStep;
	}

	byte[] secretBytes() {
		return Base32.decode(this.secret);
	}

	/** A step at or before the last one used is a replayed code. */
	boolean accepts(long step) {
		return this.lastUsedStep == null || step > this.lastUsedStep;
	}

	void used(long step) {
		this.lastUsedStep = step;
	}

	Instant enabledAt() {
		return this.enabledAt;
	}

}
