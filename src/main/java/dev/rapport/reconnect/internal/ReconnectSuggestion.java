package dev.rapport.reconnect.internal;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.rapport.reconnect.SuggestionBucket;
import dev.rapport.reconnect.SuggestionStatus;

/** One person on a week's list, with the sentence saying why and what became of it. */
@Entity
@Table(name = "reconnect_suggestion")
public class ReconnectSuggestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "contact_id", nullable = false, updatable = false)
	private long contactId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SuggestionBucket bucket;

	@Column(nullable = false, updatable = false)
	private int rank;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SuggestionStatus status = SuggestionStatus.OPEN;

	@Column(name = "status_changed_on")
	private LocalDate statusChangedOn;

	@Version
	private long version;

	protected ReconnectSuggestion() {
	}

	ReconnectSuggestion(long contactId, SuggestionBucket bucket, int rank, String reason) {
		this.contactId = contactId;
		this.bucket = bucket;
		this.rank = rank;
		this.reason = reason;
	}

	/** Moves an open suggestion on; a settled one keeps what the user decided first. */
	public boolean settle(SuggestionStatus status, LocalDate today) {
		if (!this.status.isOpen() || status.isOpen()) {
			return false;
		}
		this.status = status;
		this.statusChangedOn = today;
		return true;
	}

	/**
	 * Takes back what the user decided this week (done, not now, don't suggest): the
	 * suggestion is open again. A suggestion settled by a planned interaction stays as it
	 * is.
	 * @return the status it had, or empty when there was nothing to take back
	 */
	public Optional<SuggestionStatus> reopen() {
		if (this.status.isOpen() || this.status == SuggestionStatus.PLANNED) {
			return Optional.empty();
		}
		SuggestionStatus previous = this.status;
		this.status = SuggestionStatus.OPEN;
		this.statusChangedOn = null;
		return Optional.of(previous);
	}

	public Long getId() {
		return this.id;
	}

	public long getContactId() {
		return this.contactId;
	}

	public SuggestionBucket getBucket() {
		return this.bucket;
	}

	public int getRank() {
		return this.rank;
	}

	public String getReason() {
		return this.reason;
	}

	public SuggestionStatus getStatus() {
		return this.status;
	}

	public LocalDate getStatusChangedOn() {
		return this.statusChangedOn;
	}

}
