package dev.rapport.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * One contact's score, kept as decayed sums anchored at a day, so that a change costs O(1) and
 * {@link #scoreOn(LocalDate)} any later day is O(1). Immutable: every change returns a new state.
 *
 * <p>
 * <b>Changes are per day.</b> Same-day damping makes a row's weight depend on the other rows of
 * its day and bucket, so the unit of change is one calendar day of this contact: the caller passes
 * that day's rows before and after the change, the state subtracts the old day's contribution and
 * adds the new one. That is one small query for the caller and exact arithmetic here; keeping
 * per-day masses inside the state would make it grow with the history instead.
 *
 * <p>
 * <b>Extremes.</b> The first, last and last-live days cannot be recovered from sums. When a change
 * empties the day holding one of them, the state rebuilds itself from {@code allRowsAfter}, which is
 * only called then (deleting one's newest or oldest interaction is rare and one contact is cheap).
 *
 * <p>
 * <b>Planned rows.</b> Rows dated after the anchor are planned as of the anchor: they are not in the
 * sums, only the earliest such day is remembered. The state can be read on any day from the anchor
 * up to the day before that planned day ({@link #isReadableOn(LocalDate)}); on or after it the
 * caller must {@link #rolledTo(LocalDate, Supplier) roll} the state, which rebuilds it from the rows.
 * A daily job, or the reader on a miss, rolls states whose planned day has come.
 */
public final class ScoreState {

	private final DepthFormula formula;

	private final TierRule tierRule;

	private final DecayedSums sums;

	private final @Nullable LocalDate knownSince;

	private final @Nullable LocalDate firstDay;

	private final @Nullable LocalDate lastDay;

	private final @Nullable LocalDate lastLiveDay;

	private final @Nullable LocalDate nextPlannedDay;

	private ScoreState(DepthFormula formula, TierRule tierRule, DecayedSums sums, @Nullable LocalDate knownSince,
			@Nullable LocalDate firstDay, @Nullable LocalDate lastDay, @Nullable LocalDate lastLiveDay,
			@Nullable LocalDate nextPlannedDay) {
		this.formula = formula;
		this.tierRule = tierRule;
		this.sums = sums;
		this.knownSince = knownSince;
		this.firstDay = firstDay;
		this.lastDay = lastDay;
		this.lastLiveDay = lastLiveDay;
		this.nextPlannedDay = nextPlannedDay;
	}

	/**
	 * The state of a contact as of {@code anchor}: rows dated after it are planned.
	 * @param knownSince the day the user says they met, or null; it only counts when earlier than the
	 * first interaction
	 */
	public static ScoreState fromRows(Collection<ScoredInteraction> rows, @Nullable LocalDate knownSince,
			LocalDate anchor, ScoringProperties properties) {
		return fromRows(rows, knownSince, anchor, new DepthFormula(properties), new TierRule(properties));
	}

	static ScoreState fromRows(Collection<ScoredInteraction> rows, @Nullable LocalDate knownSince, LocalDate anchor,
			DepthFormula formula, TierRule tierRule) {
		LocalDate first = null;
		LocalDate last = null;
		LocalDate lastLive = null;
		LocalDate nextPlanned = null;
		for (ScoredInteraction row : rows) {
			if (row.isPlannedOn(anchor)) {
				nextPlanned = earlier(nextPlanned, row.day());
			}
			else {
				first = earlier(first, row.day());
				last = later(last, row.day());
				lastLive = row.kind().isLive() ? later(lastLive, row.day()) : lastLive;
			}
		}
		return new ScoreState(formula, tierRule, formula.sumsOf(rows, anchor), knownSince, first, last, lastLive,
				nextPlanned);
	}

	/**
	 * A state read back from storage, exactly as {@link #fromRows} once built it; the columns are the
	 * accessors below.
	 */
	static ScoreState restored(DepthFormula formula, TierRule tierRule, DecayedSums sums,
			@Nullable LocalDate knownSince, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
			@Nullable LocalDate lastLiveDay, @Nullable LocalDate nextPlannedDay) {
		return new ScoreState(formula, tierRule, sums, knownSince, firstDay, lastDay, lastLiveDay, nextPlannedDay);
	}

	/** The day the sums are valued at; the state can be read from this day on. */
	public LocalDate anchor() {
		return this.sums.anchor();
	}

	/** The earliest interaction dated after the anchor: from that day on, the state must be rolled. */
	public Optional<LocalDate> nextPlannedDay() {
		return Optional.ofNullable(this.nextPlannedDay);
	}

	/** Whether {@link #scoreOn(LocalDate)} gives the full recompute's answer for {@code day}. */
	public boolean isReadableOn(LocalDate day) {
		return !day.isBefore(anchor()) && (this.nextPlannedDay == null || day.isBefore(this.nextPlannedDay));
	}

	/**
	 * S, B and the tier on {@code day}, in O(1).
	 * @throws IllegalStateException when the state is not {@link #isReadableOn(LocalDate) readable}
	 * on that day
	 */
	public ScoreReading scoreOn(LocalDate day) {
		if (!isReadableOn(day)) {
			throw new IllegalStateException("A state anchored at " + anchor() + " with planned interactions from "
					+ this.nextPlannedDay + " cannot be read on " + day + "; roll it first");
		}
		if (this.lastDay == null) {
			return ScoreReading.noHistory();
		}
		DepthFormula.Scores scores = this.formula.scoresOf(sumsOn(day), knownDaysOn(day),
				DepthFormula.Neutralised.NOTHING);
		Tier tier = this.tierRule.tierOf(scores.bond(), this.lastDay, this.lastLiveDay, day);
		return new ScoreReading(tier, scores.depth(), scores.bond());
	}

	/** The state after one row is added; damping needs the rows already logged on its day. */
	public ScoreState withAdded(ScoredInteraction row, Collection<ScoredInteraction> sameDayRowsBefore) {
		List<ScoredInteraction> after = new ArrayList<>(sameDayRowsBefore);
		after.add(row);
		return withDayReplaced(row.day(), sameDayRowsBefore, after);
	}

	/**
	 * The state after one row is removed.
	 * @param sameDayRowsBefore the day's rows before the removal, including {@code row}
	 * @param allRowsAfter all the contact's rows after the removal, called only when the removal
	 * empties the first, last, last-live or next planned day
	 */
	public ScoreState withRemoved(ScoredInteraction row, Collection<ScoredInteraction> sameDayRowsBefore,
			Supplier<? extends Collection<ScoredInteraction>> allRowsAfter) {
		List<ScoredInteraction> after = new ArrayList<>(sameDayRowsBefore);
		if (!after.remove(row)) {
			throw new IllegalArgumentException(row + " is not among the rows of its day");
		}
		return withDayChanged(row.day(), sameDayRowsBefore, after, allRowsAfter);
	}

	/**
	 * The state after any change to one day's rows (an edit, a delete, a back-dated row). An edit
	 * that moves a row to another day is two changes, one for each day.
	 * @param allRowsAfter all the contact's rows after the change, called only when the change
	 * empties the first, last, last-live or next planned day
	 */
	public ScoreState withDayChanged(LocalDate day, Collection<ScoredInteraction> before,
			Collection<ScoredInteraction> after, Supplier<? extends Collection<ScoredInteraction>> allRowsAfter) {
		if (losesAnEdge(day, after)) {
			return fromRows(allRowsAfter.get(), this.knownSince, anchor(), this.formula, this.tierRule);
		}
		return withDayReplaced(day, before, after);
	}

	/** The state after the user changes when they met; O(1), tenure is computed on reading. */
	public ScoreState withKnownSince(@Nullable LocalDate knownSince) {
		return new ScoreState(this.formula, this.tierRule, this.sums, knownSince, this.firstDay, this.lastDay,
				this.lastLiveDay, this.nextPlannedDay);
	}

	/**
	 * The same state anchored at a later day. Free unless a planned interaction has come due, in
	 * which case the state is rebuilt from {@code allRows}.
	 */
	public ScoreState rolledTo(LocalDate day, Supplier<? extends Collection<ScoredInteraction>> allRows) {
		if (day.isBefore(anchor())) {
			throw new IllegalArgumentException("Cannot roll a state anchored at " + anchor() + " back to " + day);
		}
		if (!isReadableOn(day)) {
			return fromRows(allRows.get(), this.knownSince, day, this.formula, this.tierRule);
		}
		return new ScoreState(this.formula, this.tierRule, this.formula.carriedTo(this.sums, day), this.knownSince,
				this.firstDay, this.lastDay, this.lastLiveDay, this.nextPlannedDay);
	}

	DecayedSums sumsOn(LocalDate day) {
		return this.formula.carriedTo(this.sums, day);
	}

	/** Tenure counts from the first interaction, or from "known since" when the user gave an earlier day. */
	long knownDaysOn(LocalDate day) {
		LocalDate since = earlier(this.firstDay, this.knownSince);
		return ChronoUnit.DAYS.between(Objects.requireNonNull(since), day);
	}

	@Nullable LocalDate lastDay() {
		return this.lastDay;
	}

	DecayedSums sums() {
		return this.sums;
	}

	@Nullable LocalDate knownSince() {
		return this.knownSince;
	}

	@Nullable LocalDate firstDay() {
		return this.firstDay;
	}

	@Nullable LocalDate lastLiveDay() {
		return this.lastLiveDay;
	}

	private boolean losesAnEdge(LocalDate day, Collection<ScoredInteraction> after) {
		if (day.isAfter(anchor())) {
			return day.equals(this.nextPlannedDay) && after.isEmpty();
		}
		boolean emptied = after.isEmpty() && (day.equals(this.firstDay) || day.equals(this.lastDay));
		boolean liveEmptied = day.equals(this.lastLiveDay) && after.stream().noneMatch(row -> row.kind().isLive());
		return emptied || liveEmptied;
	}

	private ScoreState withDayReplaced(LocalDate day, Collection<ScoredInteraction> before,
			Collection<ScoredInteraction> after) {
		requireAllOn(day, before);
		requireAllOn(day, after);
		if (day.isAfter(anchor())) {
			LocalDate nextPlanned = after.isEmpty() ? this.nextPlannedDay : earlier(this.nextPlannedDay, day);
			return new ScoreState(this.formula, this.tierRule, this.sums, this.knownSince, this.firstDay,
					this.lastDay, this.lastLiveDay, nextPlanned);
		}
		DecayedSums changed = this.sums.minus(this.formula.sumsOf(before, anchor()))
			.plus(this.formula.sumsOf(after, anchor()));
		boolean anyRow = !after.isEmpty();
		boolean anyLive = after.stream().anyMatch(row -> row.kind().isLive());
		return new ScoreState(this.formula, this.tierRule, changed, this.knownSince,
				anyRow ? earlier(this.firstDay, day) : this.firstDay, anyRow ? later(this.lastDay, day) : this.lastDay,
				anyLive ? later(this.lastLiveDay, day) : this.lastLiveDay, this.nextPlannedDay);
	}

	private static void requireAllOn(LocalDate day, Collection<ScoredInteraction> rows) {
		for (ScoredInteraction row : rows) {
			if (!row.day().equals(day)) {
				throw new IllegalArgumentException(row + " is not dated " + day);
			}
		}
	}

	private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isBefore(b)) ? a : b;
	}

	private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

}
