package dev.rapport.depth.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.rapport.depth.LifeEventKind;

/**
 * Something that happened in a contact's life (a new job, a move, a loss), logged by the
 * user, with the follow-ups logging it created (a check-in; for a loss, a note before the
 * anniversary).
 */
@Entity
@Table(name = "life_event")
public class LifeEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "contact_id", nullable = false, updatable = false)
	private long contactId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LifeEventKind kind;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	private String note;

	@Column(name = "follow_up_id")
	private Long followUpId;

	@Column(name = "anniversary_follow_up_id")
	private Long anniversaryFollowUpId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected LifeEvent() {
	}

	public LifeEvent(long ownerId, long contactId, LifeEventKind kind, LocalDate occurredOn, String note,
			Instant createdAt) {
		this.ownerId = ownerId;
		this.contactId = contactId;
		this.kind = kind;
		this.occurredOn = occurredOn;
		this.note = note;
		this.createdAt = createdAt;
	}

	/**
	 * The follow-ups the event created: the check-in, and for a loss the note before its
	 * anniversary.
	 */
	public void checkInsCreated(Long followUpId, Long anniversaryFollowUpId) {
		this.followUpId = followUpId;
		this.anniversaryFollowUpId = anniversaryFollowUpId;
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

	public LifeEventKind getKind() {
		return this.kind;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public String getNote() {
		return this.note;
	}

	public Long getFollowUpId() {
		return this.followUpId;
	}

	public Long getAnniversaryFollowUpId() {
		return this.anniversaryFollowUpId;
	}

	public long getVersion() {
		return this.version;
	}

}
