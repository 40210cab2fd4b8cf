package dev.rapport.interaction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SQLInsert;

@Entity
@Table(name = "interaction")
public class Interaction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InteractionKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Direction direction;

	private String summary;

	private String notes;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/**
	 * Each participant row also carries a copy of the interaction's date, kind and
	 * direction, read from the interaction's row as it is inserted (the interaction's own
	 * insert or update always comes first in a flush), so that a contact's rows can be
	 * read through its own index ({@link ParticipantRows}). An edit rewrites the copies
	 * of the participants that stay ({@link ParticipantRows#copyFrom}).
	 */
	@ElementCollection
	@CollectionTable(name = "interaction_participant", joinColumns = @JoinColumn(name = "interaction_id"))
	@Column(name = "contact_id")
	@BatchSize(size = 100)
	@SQLInsert(sql = ParticipantRows.INSERT)
	private Set<Long> participantIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected Interaction() {
	}

	public Interaction(long ownerId, Instant createdAt) {
		this.ownerId = ownerId;
		this.createdAt = createdAt;
	}

	public void record(LocalDate date, InteractionKind kind, Direction direction, Set<Long> participantIds,
			String summary, String notes) {
		this.date = date;
		this.kind = kind;
		this.direction = direction;
		this.participantIds.clear();
		this.participantIds.addAll(participantIds);
		this.summary = summary;
		this.notes = notes;
	}

	public Long getId() {
		return this.id;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public InteractionKind getKind() {
		return this.kind;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getNotes() {
		return this.notes;
	}

	public Set<Long> getParticipantIds() {
		return Set.copyOf(this.participantIds);
	}

	public long getVersion() {
		return this.version;
	}

}
