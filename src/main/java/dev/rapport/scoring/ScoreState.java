package dev.rapport.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One contact's score, kept as decayed sums anchored at a day, so that
 * {@link #scoreOn(LocalDate)} any later day is O(1). Immutable; built from the contact's
 * rows with {@link #fromRows}.
 *
 * <p>
 * <b>Planned rows.</b> Rows dated after the anchor are planned as of the anchor: they are
 * not in the sums, only the earliest such day is remembered. The state can be read on any
 * day from the anchor up to the day before that planned day
 * ({@link #isReadableOn(LocalDate)}); from that day on the caller rebuilds it from the
 * rows (the scoring service does so when it reads such a state).
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
	 * @param knownSince the day the user says they met, or null; it only counts when
	 * earlier than the first interaction
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
	 * This state with one more row, when that needs none of the other rows and gives
	 * exactly (bit for bit) what {@link #fromRows} gives over all of them: a row planned
	 * as of the anchor (only the next planned day can move), or a row dated after every
	 * counted one (see {@link DepthFormula#plusNewest}). Empty otherwise (a row on or
	 * before the latest counted day changes how that day's rows are damped): then the
	 * state is rebuilt from the rows.
	 */
	Optional<ScoreState> withNewest(ScoredInteraction row) {
		if (row.isPlannedOn(anchor())) {
			return Optional.of(new ScoreState(this.formula, this.tierRule, this.sums, this.knownSince, this.firstDay,
					this.lastDay, this.lastLiveDay, earlier(this.nextPlannedDay, row.day())));
		}
		if (this.lastDay != null && !row.day().isAfter(this.lastDay)) {
			return Optional.empty();
		}
		return Optional.of(new ScoreState(this.formula, this.tierRule, this.formula.plusNewest(this.sums, row),
				this.knownSince, earlier(this.firstDay, row.day()), row.day(),
				row.kind().isLive() ? row.day() : this.lastLiveDay, this.nextPlannedDay));
	}

	/**
	 * This state readable on {@code day} (not before the anchor), from the rows dated
	 * after the anchor only: the sums carried to {@code day} plus those rows' up to it.
	 * Their days are later than every counted row's, so no day's damping is split. Equal
	 * to {@link #fromRows} on {@code day} up to floating-point rounding, as every carried
	 * reading ({@link #scoreOn}) is.
	 * @param afterAnchor every row of the contact dated after the anchor (others are
	 * ignored)
	 */
	ScoreState rolledTo(LocalDate day, Collection<ScoredInteraction> afterAnchor) {
		LocalDate anchor = anchor();
		if (day.isBefore(anchor)) {
			throw new IllegalArgumentException("Cannot roll a state anchored at " + anchor + " back to " + day);
		}
		List<ScoredInteraction> due = new ArrayList<>();
		LocalDate first = this.firstDay;
		LocalDate last = this.lastDay;
		LocalDate lastLive = this.lastLiveDay;
		LocalDate nextPlanned = null;
		for (ScoredInteraction row : afterAnchor) {
			if (!row.isPlannedOn(anchor)) {
				continue;
			}
			if (row.isPlannedOn(day)) {
				nextPlanned = earlier(nextPlanned, row.day());
			}
			else {
				due.add(row);
				first = earlier(first, row.day());
				last = later(last, row.day());
				lastLive = row.kind().isLive() ? later(lastLive, row.day()) : lastLive;
			}
		}
		DecayedSums sums = this.formula.carriedTo(this.sums, day).plus(this.formula.sumsOf(due, day));
		return new ScoreState(this.formula, this.tierRule, sums, this.knownSince, first, last, lastLive, nextPlanned);
	}

	/**
	 * A state read back from storage, exactly as {@link #fromRows} once built it; the
	 * columns are the accessors below.
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

	/**
	 * The earliest interaction dated after the anchor: from that day on, the state must
	 * be rolled.
	 */
	public Optional<LocalDate> nextPlannedDay() {
		return Optional.ofNullable(this.nextPlannedDay);
	}

	/**
	 * Whether {@link #scoreOn(LocalDate)} gives the full recompute's answer for
	 * {@code day}.
	 */
	public boolean isReadableOn(LocalDate day) {
		return !day.isBefore(anchor()) && (this.nextPlannedDay == null || day.isBefore(this.nextPlannedDay));
	}

	/**
	 * S, B and the tier on {@code day}, in O(1).
	 * @throws IllegalStateException when the state is not {@link #isReadableOn(LocalDate)
	 * readable} on that day
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

	DecayedSums sumsOn(LocalDate day) {
		return this.formula.carriedTo(this.sums, day);
	}

	/**
	 * Tenure counts from the first interaction, or from "known since" when the user gave
	 * an earlier day.
	 */
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
