package dev.rapport.account.twofactor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the ten single-use codes for when the authenticator app is lost; only its hash
 * is kept.
 */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "code_hash", nullable = false, updatable = false)
	private String codeHash;

	@Column(name = "used_at")
	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(long ownerId, String codeHash) {
		this.ownerId = ownerId;
		this.codeHash = codeHash;
	}

	String codeHash() {
		return this.codeHash;
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
