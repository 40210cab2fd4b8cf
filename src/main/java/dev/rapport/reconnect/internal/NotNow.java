package dev.rapport.reconnect.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The latest day the user said "not now" for a person: hidden from the list for a while
 * after it.
 */
@Entity
@Table(name = "reconnect_not_now")
public class NotNow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "contact_id", nullable = false, updatable = false)
	private long contactId;

	@Column(name = "hidden_on", nullable = false)
	private LocalDate hiddenOn;

	protected NotNow() {
	}

	public NotNow(long ownerId, long contactId, LocalDate hiddenOn) {
		this.ownerId = ownerId;
		this.contactId = contactId;
		this.hiddenOn = hiddenOn;
	}

	public void hideAgain(LocalDate day) {
		this.hiddenOn = day;
	}

	public long getContactId() {
		return this.contactId;
	}

	public LocalDate getHiddenOn() {
		return this.hiddenOn;
	}

}
