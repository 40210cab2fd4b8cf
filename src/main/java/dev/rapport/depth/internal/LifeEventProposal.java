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

import dev.rapport.depth.LifeEventKind;

/** A life event an import noticed and the user has not yet logged or dismissed. */
@Entity
@Table(name = "life_event_proposal")
public class LifeEventProposal {

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

	@Column(name = "noticed_on", nullable = false)
	private LocalDate noticedOn;

	@Column(name = "from_company")
	private String fromCompany;

	@Column(name = "to_company")
	private String toCompany;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected LifeEventProposal() {
	}

	public LifeEventProposal(long ownerId, long contactId, LocalDate noticedOn, String fromCompany, String toCompany,
			Instant createdAt) {
		this.ownerId = ownerId;
		this.contactId = contactId;
		this.kind = LifeEventKind.NEW_JOB;
		this.noticedOn = noticedOn;
		this.fromCompany = fromCompany;
		this.toCompany = toCompany;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getContactId() {
		return this.contactId;
	}

	public LifeEventKind getKind() {
		return this.kind;
	}

	public LocalDate getNoticedOn() {
		return this.noticedOn;
	}

	public String getFromCompany() {
		return this.fromCompany;
	}

	public String getToCompany() {
		return this.toCompany;
	}

}
