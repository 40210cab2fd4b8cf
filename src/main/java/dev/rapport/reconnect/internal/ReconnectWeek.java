package dev.rapport.reconnect.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.rapport.reconnect.SuggestionBucket;

/** One owner's list for one week, as it was computed: it is kept, never recomputed. */
@Entity
@Table(name = "reconnect_week")
public class ReconnectWeek {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "week_start", nullable = false, updatable = false)
	private LocalDate weekStart;

	@Column(name = "computed_at", nullable = false, updatable = false)
	private Instant computedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "week_id", nullable = false, updatable = false)
	@OrderBy("rank")
	private List<ReconnectSuggestion> suggestions = new ArrayList<>();

	protected ReconnectWeek() {
	}

	public ReconnectWeek(long ownerId, LocalDate weekStart, Instant computedAt) {
		this.ownerId = ownerId;
		this.weekStart = weekStart;
		this.computedAt = computedAt;
	}

	public void suggest(long contactId, SuggestionBucket bucket, int rank, String reason) {
		this.suggestions.add(new ReconnectSuggestion(contactId, bucket, rank, reason));
	}

	public Long getId() {
		return this.id;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getWeekStart() {
		return this.weekStart;
	}

	public Instant getComputedAt() {
		return this.computedAt;
	}

	public List<ReconnectSuggestion> getSuggestions() {
		return List.copyOf(this.suggestions);
	}

}
