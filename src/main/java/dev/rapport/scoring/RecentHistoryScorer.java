package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;

import org.jspecify.annotations.Nullable;

/**
 * A contact's full score (with its explanation's facts) and its chart from the stored
 * state and the rows of the last months only, so that a contact page costs the same for a
 * ten-row and a ten-thousand-row history. Gives what {@link Scorer#score} gives from all
 * the rows (the facts exactly, the chart's past points to within rounding: see
 * {@code ContactScoreTests}).
 *
 * <ul>
 * <li>S, B and the tier are the state's reading, as on every list.</li>
 * <li>The facts' windows (the last 3 months, the last year) lie inside the recent rows;
 * the latest interaction days are the state's.</li>
 * <li>The richest interaction is among the recent rows unless none of them outweighs
 * anything older could; only then is the latest interaction of each kind asked for.</li>
 * <li>The distinct interaction days are the recent rows' plus, when those are fewer than
 * reciprocity needs and the history is older, a count of the earlier days: the facts' day
 * count is exact below that threshold and at least the threshold above it.</li>
 * <li>A chart point of an earlier day is the state's sums less the rows after that day,
 * valued back on that day: exact up to floating-point rounding (a few 1e-10 points at
 * most).</li>
 * </ul>
 */
final class RecentHistoryScorer {

	private final ScoringProperties properties;

	private final DepthFormula formula;

	private final ModifierRule modifierRule;

	RecentHistoryScorer(ScoringProperties properties, DepthFormula formula, ModifierRule modifierRule) {
		this.properties = properties;
		this.formula = formula;
		this.modifierRule = modifierRule;
	}

	/**
	 * The day after which a contact's rows are "recent": early enough for the
	 * explanation's windows and for a chart of {@code weeks} weeks.
	 */
	LocalDate recentAfter(LocalDate today, int weeks) {
		ScoringProperties.Explanation explanation = this.properties.explanation();
		long days = Math.max(7L * weeks, Math.max(explanation.yearDays(), explanation.recentDays()) + 1L);
		return today.minusDays(days);
	}

	RelationshipScore score(ScoreState state, LocalDate today, Collection<ScoredInteraction> recent,
			LocalDate recentAfter, Scorer.EarlierHistory earlier) {
		ScoreReading reading = state.scoreOn(today);
		if (!reading.hasHistory()) {
			return new RelationshipScore(today, reading, null);
		}
		ScoringProperties.Explanation explanation = this.properties.explanation();
		List<ScoredInteraction> past = recent.stream().filter(row -> !row.isPlannedOn(today)).toList();
		int recentContacts = 0;
		int recentLive = 0;
		int startedByMe = 0;
		int startedByThem = 0;
		for (ScoredInteraction row : past) {
			long age = row.ageOn(today);
			if (age <= explanation.recentDays()) {
				recentContacts++;
				recentLive += row.kind().isLive() ? 1 : 0;
			}
			if (age <= explanation.yearDays() && !row.kind().isService()) {
				startedByMe += (row.direction() == Direction.ME) ? 1 : 0;
				startedByThem += (row.direction() == Direction.THEM) ? 1 : 0;
			}
		}
		LocalDate first = Objects.requireNonNull(state.firstDay());
		// The day count only decides whether reciprocity may be named: earlier days are
		// counted
		// only while the last year's are too few for that.
		int interactionDays = (int) past.stream().map(ScoredInteraction::day).distinct().count();
		if (interactionDays < explanation.minInteractionDaysForReciprocity() && !first.isAfter(recentAfter)) {
			interactionDays += (int) earlier.daysUpTo(recentAfter);
		}
		Modifier modifier = this.modifierRule.of(state, reading, today, interactionDays, startedByMe, startedByThem);
		return new RelationshipScore(today, reading,
				new ScoreFacts(richestOf(past, today, recentAfter, earlier), recentContacts, recentLive, startedByMe,
						startedByThem, interactionDays, Objects.requireNonNull(state.lastDay()), state.lastLiveDay(),
						modifier));
	}

	/**
	 * S on {@code weeks + 1} days a week apart, ending today, oldest first; null before
	 * the first interaction. {@code recent} must hold every row after the earliest of
	 * those days.
	 */
	List<ScorePoint> history(ScoreState state, LocalDate today, Collection<ScoredInteraction> recent,
			LocalDate recentAfter, int weeks) {
		LocalDate anchor = state.anchor();
		if (today.minusWeeks(weeks).isBefore(recentAfter)) {
			throw new IllegalArgumentException("The recent rows start after the chart does");
		}
		// Each day's rows valued at the anchor, latest day first: taken out of the sums
		// one by one.
		NavigableMap<LocalDate, List<ScoredInteraction>> byDay = new TreeMap<>(Comparator.reverseOrder());
		for (ScoredInteraction row : recent) {
			if (!row.isPlannedOn(anchor)) {
				byDay.computeIfAbsent(row.day(), day -> new ArrayList<>()).add(row);
			}
		}
		List<ScorePoint> points = new ArrayList<>(weeks + 1);
		DecayedSums remaining = state.sums();
		for (int week = 0; week <= weeks; week++) {
			LocalDate day = today.minusWeeks(week);
			if (!day.isBefore(anchor)) {
				points.add(new ScorePoint(day, state.scoreOn(day).depth()));
				continue;
			}
			while (!byDay.isEmpty() && byDay.firstKey().isAfter(day)) {
				remaining = remaining.minus(this.formula.sumsOf(byDay.pollFirstEntry().getValue(), anchor));
			}
			points.add(new ScorePoint(day, depthOn(state, remaining, day)));
		}
		Collections.reverse(points);
		return points;
	}

	private @Nullable Double depthOn(ScoreState state, DecayedSums withoutLaterRows, LocalDate day) {
		LocalDate first = state.firstDay();
		if (first == null || first.isAfter(day)) {
			return null;
		}
		return this.formula
			.scoresOf(this.formula.carriedBackTo(withoutLaterRows, day), state.knownDaysOn(day),
					DepthFormula.Neutralised.NOTHING)
			.depth();
	}

	/**
	 * The richest past row; a row older than the recent ones is at least
	 * {@code today − recentAfter} days old, so it cannot outweigh a recent row worth more
	 * than the heaviest kind at that age.
	 */
	private ScoredInteraction richestOf(List<ScoredInteraction> past, LocalDate today, LocalDate recentAfter,
			Scorer.EarlierHistory earlier) {
		ScoredInteraction richest = past.stream().max(richness(today)).orElse(null);
		double heaviest = 0;
		for (InteractionKind kind : InteractionKind.values()) {
			heaviest = Math.max(heaviest, this.properties.weights().of(kind));
		}
		ScoredInteraction heaviestOlder = new ScoredInteraction(recentAfter, InteractionKind.MEAL, Direction.MUTUAL);
		if (richest != null && valueOf(richest, today) > heaviest * decayOf(heaviestOlder, today)) {
			return richest;
		}
		List<ScoredInteraction> candidates = new ArrayList<>(earlier.latestOfEachKind());
		if (richest != null) {
			candidates.add(richest);
		}
		return candidates.stream().max(richness(today)).orElseThrow();
	}

	/**
	 * Largest weight·2^(-age/H) on the short clock; on a tie, the later one (as
	 * {@link Scorer} ranks them).
	 */
	private Comparator<ScoredInteraction> richness(LocalDate today) {
		return Comparator.<ScoredInteraction>comparingDouble(row -> valueOf(row, today))
			.thenComparing(ScoredInteraction::day);
	}

	private double valueOf(ScoredInteraction row, LocalDate today) {
		return this.properties.weights().of(row.kind()) * decayOf(row, today);
	}

	private double decayOf(ScoredInteraction row, LocalDate today) {
		return Math.pow(2, -(double) row.ageOn(today) / this.properties.decay().shortHalfLifeDays());
	}

}
