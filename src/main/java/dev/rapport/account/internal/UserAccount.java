package dev.rapport.account.internal;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "time_zone", nullable = false)
	private String timeZone;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/**
	 * TRUE for the one account created while registration was closed; see the V10_1
	 * migration.
	 */
	@Column(name = "first_run_owner")
	private Boolean firstRunOwner;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, String passwordHash, ZoneId zone, Instant createdAt) {
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.timeZone = zone.getId();
		this.createdAt = createdAt;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void rename(String displayName) {
		this.displayName = displayName;
	}

	public void changeEmail(String email) {
		this.email = email;
	}

	public void moveTo(ZoneId zone) {
		this.timeZone = zone.getId();
	}

	public long getVersion() {
		return this.version;
	}

	/** Takes the first-run seat, which the database lets only one account hold. */
	public void takeFirstRunSeat() {
		this.firstRunOwner = Boolean.TRUE;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public ZoneId getZone() {
		return ZoneId.of(this.timeZone);
	}

}
