package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import dev.rapport.interaction.Direction;

import org.jspecify.annotations.Nullable;

/**
 * The pure scoring function of {@code docs/scoring.md}: a contact's rows in, its scores,
 * tier and explanation facts out. Rows dated after the day scored are planned and
 * ignored. Thread-safe.
 */
public final class Scorer {

	private final ScoringProperties properties;

	private final DepthFormula formula;

	private final TierRule tierRule;

	private final ModifierRule modifierRule;

	private final RecentHistoryScorer recentHistory;

	public Scorer(ScoringProperties properties) {
		this.properties = properties;
		this.formula = new DepthFormula(properties);
		this.tierRule = new TierRule(properties);
		this.modifierRule = new ModifierRule(properties, this.formula, this.tierRule);
		this.recentHistory = new RecentHistoryScorer(properties, this.formula, this.modifierRule);
	}

	/**
	 * The full score with everything the explanation needs.
	 * @param knownSince the day the user says they met, or null (never a LinkedIn
	 * connection day)
	 */
	public RelationshipScore score(Collection<ScoredInteraction> rows, @Nullable LocalDate knownSince,
			LocalDate today) {
		ScoreState state = stateOf(rows, knownSince, today);
		ScoreReading reading = state.scoreOn(today);
		if (!reading.hasHistory()) {
			return new RelationshipScore(today, reading, null);
		}
		List<ScoredInteraction> past = rows.stream().filter(row -> !row.isPlannedOn(today)).toList();
		return new RelationshipScore(today, reading, factsOf(past, state, reading, today));
	}

	/**
	 * The full score from the contact's state (readable on {@code today}) and its rows
	 * dated after {@link #recentAfter}, asking {@code earlier} only for what those rows
	 * cannot tell: what {@link #score(Collection, LocalDate, LocalDate)} gives from every
	 * row, at a cost that does not grow with the history.
	 */
	public RelationshipScore score(ScoreState state, LocalDate today, Collection<ScoredInteraction> recent,
			LocalDate recentAfter, EarlierHistory earlier) {
		return this.recentHistory.score(state, today, recent, recentAfter, earlier);
	}

	/**
	 * S on {@code weeks + 1} days a week apart, ending today, oldest first (null before
	 * the first interaction), from the contact's state and its rows dated after
	 * {@link #recentAfter}.
	 */
	public List<ScorePoint> history(ScoreState state, LocalDate today, Collection<ScoredInteraction> recent,
			LocalDate recentAfter, int weeks) {
		return this.recentHistory.history(state, today, recent, recentAfter, weeks);
	}

	/**
	 * The day after which rows are recent enough for the score's facts and a chart of
	 * {@code weeks} weeks.
	 */
	public LocalDate recentAfter(LocalDate today, int weeks) {
		return this.recentHistory.recentAfter(today, weeks);
	}

	/**
	 * What a contact's older history knows, asked for only when its recent rows cannot
	 * tell.
	 */
	public interface EarlierHistory {

		/** Distinct days with an interaction on or before {@code day}. */
		long daysUpTo(LocalDate day);

		/** The latest past interaction of each kind and direction. */
		List<ScoredInteraction> latestOfEachKind();

	}

	/** S, B and the tier on {@code day} without the explanation's facts. */
	public ScoreReading readingOn(Collection<ScoredInteraction> rows, @Nullable LocalDate knownSince, LocalDate day) {
		return stateOf(rows, knownSince, day).scoreOn(day);
	}

	/**
	 * B as it was on {@code day} (e.g. the day of the last interaction); empty without
	 * history by then.
	 */
	public OptionalDouble bondOn(Collection<ScoredInteraction> rows, @Nullable LocalDate knownSince, LocalDate day) {
		Double bond = readingOn(rows, knownSince, day).bond();
		return (bond != null) ? OptionalDouble.of(bond) : OptionalDouble.empty();
	}

	/**
	 * The incremental state of a contact as of {@code anchor}; see {@link ScoreState}.
	 */
	public ScoreState stateOf(Collection<ScoredInteraction> rows, @Nullable LocalDate knownSince, LocalDate anchor) {
		return ScoreState.fromRows(rows, knownSince, anchor, this.formula, this.tierRule);
	}

	/** A state read back from storage; see {@link ScoreState#restored}. */
	ScoreState restoredState(DecayedSums sums, @Nullable LocalDate knownSince, @Nullable LocalDate firstDay,
			@Nullable LocalDate lastDay, @Nullable LocalDate lastLiveDay, @Nullable LocalDate nextPlannedDay) {
		return ScoreState.restored(this.formula, this.tierRule, sums, knownSince, firstDay, lastDay, lastLiveDay,
				nextPlannedDay);
	}

	/** The contact's rhythm for "This week": see {@link Cadence#of}. */
	public Cadence cadenceOf(Collection<ScoredInteraction> rows, double bond, LocalDate today) {
		return Cadence.of(rows, bond, today, this.properties);
	}

	private ScoreFacts factsOf(List<ScoredInteraction> past, ScoreState state, ScoreReading reading, LocalDate today) {
		ScoringProperties.Explanation explanation = this.properties.explanation();
		List<ScoredInteraction> recent = past.stream()
			.filter(row -> row.ageOn(today) <= explanation.recentDays())
			.toList();
		int recentLive = (int) recent.stream().filter(row -> row.kind().isLive()).count();
		int startedByMe = startedInLastYear(past, Direction.ME, today);
		int startedByThem = startedInLastYear(past, Direction.THEM, today);
		int interactionDays = (int) past.stream().map(ScoredInteraction::day).distinct().count();
		LocalDate lastDay = past.stream().map(ScoredInteraction::day).max(Comparator.naturalOrder()).orElseThrow();
		LocalDate lastLiveDay = past.stream()
			.filter(row -> row.kind().isLive())
			.map(ScoredInteraction::day)
			.max(Comparator.naturalOrder())
			.orElse(null);
		Modifier modifier = this.modifierRule.of(state, reading, today, interactionDays, startedByMe, startedByThem);
		return new ScoreFacts(richestOf(past, today), recent.size(), recentLive, startedByMe, startedByThem,
				interactionDays, lastDay, lastLiveDay, modifier);
	}

	/** Largest weight·2^(-age/H) on the short clock; on a tie, the later one. */
	private ScoredInteraction richestOf(List<ScoredInteraction> past, LocalDate today) {
		int halfLife = this.properties.decay().shortHalfLifeDays();
		Comparator<ScoredInteraction> byRecentWeight = Comparator.comparingDouble(
				row -> this.properties.weights().of(row.kind()) * Math.pow(2, -(double) row.ageOn(today) / halfLife));
		return past.stream().max(byRecentWeight.thenComparing(ScoredInteraction::day)).orElseThrow();
	}

	/**
	 * Who started the year's conversations; services are about giving, not starting, so
	 * they are left out.
	 */
	private int startedInLastYear(List<ScoredInteraction> past, Direction direction, LocalDate today) {
		int yearDays = this.properties.explanation().yearDays();
		return (int) past.stream()
			.filter(row -> !row.kind().isService() && row.direction() == direction)
			.filter(row -> row.ageOn(today) <= yearDays)
			.count();
	}

}
