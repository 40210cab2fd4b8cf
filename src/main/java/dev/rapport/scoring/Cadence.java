package dev.rapport.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * How often a contact and the user usually talk, for "This week": the median of the
 * recent gaps between interaction days, pulled towards the natural cadence of B's band.
 * The prior counts as {@code priorWeight} gaps, so one or two gaps cannot make a rhythm
 * on their own.
 *
 * @param days the blended cadence in days
 * @param gapCount how many gaps were used (at most {@code maxGaps})
 * @param medianGapDays the median of those gaps, at least {@code minGapDays}; null
 * without gaps
 * @param priorDays the natural cadence of B's band
 */
public record Cadence(double days, int gapCount, @Nullable Double medianGapDays, int priorDays) {

	/**
	 * {@code exp((n·ln(median) + w·ln(prior)) / (n + w))} over the last gaps between
	 * distinct past interaction days within the gap window; the prior alone when there is
	 * no gap.
	 */
	public static Cadence of(Collection<ScoredInteraction> rows, double bond, LocalDate today,
			ScoringProperties properties) {
		ScoringProperties.ThisWeek thisWeek = properties.thisWeek();
		int prior = new TierRule(properties).cadenceDaysOf(bond);
		List<LocalDate> days = rows.stream()
			.filter(row -> !row.isPlannedOn(today) && row.ageOn(today) <= thisWeek.gapWindowDays())
			.map(ScoredInteraction::day)
			.distinct()
			.sorted()
			.toList();
		List<Long> gaps = lastGaps(days, thisWeek.maxGaps());
		if (gaps.isEmpty()) {
			return new Cadence(prior, 0, null, prior);
		}
		double median = Math.max(thisWeek.minGapDays(), median(gaps));
		int n = gaps.size();
		double weight = thisWeek.priorWeight();
		double blended = Math.exp((n * Math.log(median) + weight * Math.log(prior)) / (n + weight));
		return new Cadence(blended, n, median, prior);
	}

	private static List<Long> lastGaps(List<LocalDate> sortedDays, int maxGaps) {
		int from = Math.max(1, sortedDays.size() - maxGaps);
		return IntStream.range(from, sortedDays.size())
			.mapToObj(i -> ChronoUnit.DAYS.between(sortedDays.get(i - 1), sortedDays.get(i)))
			.toList();
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

}
