package dev.rapport.followup.internal;

import java.time.Instant;
import java.time.LocalDate;

import dev.rapport.followup.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "follow_up")
public class FollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "contact_id", nullable = false)
	private long contactId;

	@Column(name = "interaction_id")
	private Long interactionId;

	@Column(nullable = false)
	private String title;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Side side;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected FollowUp() {
	}

	public FollowUp(long ownerId, Instant createdAt) {
		this.ownerId = ownerId;
		this.createdAt = createdAt;
	}

	public void describe(long contactId, Long interactionId, String title, LocalDate dueOn, Side side) {
		this.contactId = contactId;
		this.interactionId = interactionId;
		this.title = title;
		this.dueOn = dueOn;
		this.side = side;
	}

	public void complete(LocalDate today) {
		this.completedOn = today;
	}

	public void reopen() {
		this.completedOn = null;
	}

	/** Moves the due date and, since snoozing means "not yet", reopens it. */
	public void snoozeUntil(LocalDate date) {
		this.dueOn = date;
		this.completedOn = null;
	}

	public Long getId() {
		return this.id;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public long getContactId() {
		return this.contactId;
	}

	public Long getInteractionId() {
		return this.interactionId;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public Side getSide() {
		return this.side;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public long getVersion() {
		return this.version;
	}

}
