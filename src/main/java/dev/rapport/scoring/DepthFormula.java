package dev.rapport.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;

/**
 * Steps 1 to 8 of the specification: same-day damping, the two clocks, reciprocity matching, annual
 * rates, tenure, the services bonus and the logarithmic scale. Stateless apart from the constants.
 */
final class DepthFormula {

	private static final double LN2 = Math.log(2);

	private static final double DAYS_PER_YEAR = 365;

	/**
	 * A service exactly one half-life old is worth exactly the 0.5 threshold; sums carried forward
	 * in steps can land a few ulps below it, so the threshold allows for rounding, not for judgement.
	 */
	private static final double THRESHOLD_SLACK = 1e-9;

	private final ScoringProperties properties;

	/** Rows of one day and bucket next to each other, heaviest first, as damping counts them. */
	private final Comparator<ScoredInteraction> dampingOrder;

	DepthFormula(ScoringProperties properties) {
		this.properties = properties;
		this.dampingOrder = Comparator.comparing(ScoredInteraction::day)
			.thenComparing(ScoredInteraction::bucket)
			.thenComparing(row -> properties.weights().of(row.kind()), Comparator.reverseOrder());
	}

	/**
	 * The sums of the rows dated on or before {@code anchor}, valued at {@code anchor}. Later rows
	 * are planned as of the anchor and left out. Damping makes a row's weight depend on the other
	 * rows of its day and bucket, so the rows are walked in (day, bucket, heaviest first) order; the
	 * sums of one day's rows are that day's exact contribution, which {@link ScoreState} adds and
	 * subtracts when a day changes.
	 */
	DecayedSums sumsOf(Collection<ScoredInteraction> rows, LocalDate anchor) {
		ScoredInteraction[] past = rows.stream()
			.filter(row -> !row.isPlannedOn(anchor))
			.sorted(this.dampingOrder)
			.toArray(ScoredInteraction[]::new);
		double damping = this.properties.decay().sameDayDamping();
		int serviceHalfLife = this.properties.services().halfLifeDays();
		double[] shortClock = new double[Bucket.values().length];
		double[] longClock = new double[Bucket.values().length];
		double given = 0;
		double received = 0;
		double share = 1;
		for (int i = 0; i < past.length; i++) {
			ScoredInteraction row = past[i];
			boolean sameGroup = i > 0 && past[i - 1].day().equals(row.day()) && past[i - 1].bucket() == row.bucket();
			share = sameGroup ? share * damping : 1;
			long age = row.ageOn(anchor);
			double mass = this.properties.weights().of(row.kind()) * share;
			shortClock[row.bucket().ordinal()] += mass * decay(age, shortHalfLife());
			longClock[row.bucket().ordinal()] += mass * decay(age, longHalfLife());
			given += row.isGivenByMe() ? decay(age, serviceHalfLife) : 0;
			received += row.isGivenByThem() ? decay(age, serviceHalfLife) : 0;
		}
		return new DecayedSums(anchor, BucketSums.of(shortClock), BucketSums.of(longClock), given, received);
	}

	/** The same sums valued at a later day: nothing new happened, so everything only decays. */
	DecayedSums carriedTo(DecayedSums sums, LocalDate day) {
		long days = ChronoUnit.DAYS.between(sums.anchor(), day);
		if (days < 0) {
			throw new IllegalArgumentException("Cannot carry sums anchored at " + sums.anchor() + " back to " + day);
		}
		double servicesDecay = decay(days, this.properties.services().halfLifeDays());
		return new DecayedSums(day, sums.shortClock().times(decay(days, shortHalfLife())),
				sums.longClock().times(decay(days, longHalfLife())), sums.given() * servicesDecay,
				sums.received() * servicesDecay);
	}

	/**
	 * The same sums valued at an earlier day, for sums that hold no row dated after that day: the
	 * inverse of {@link #carriedTo}. A contact page's chart takes the last months' rows out of the
	 * stored sums and values what remains on each week of the chart.
	 */
	DecayedSums carriedBackTo(DecayedSums sums, LocalDate day) {
		long days = ChronoUnit.DAYS.between(day, sums.anchor());
		if (days < 0) {
			throw new IllegalArgumentException("Cannot carry sums anchored at " + sums.anchor() + " back to " + day);
		}
		double servicesGrowth = 1 / decay(days, this.properties.services().halfLifeDays());
		return new DecayedSums(day, sums.shortClock().times(1 / decay(days, shortHalfLife())),
				sums.longClock().times(1 / decay(days, longHalfLife())), sums.given() * servicesGrowth,
				sums.received() * servicesGrowth);
	}

	/** S and B from sums valued at "today" and the days the contact has been known by then. */
	Scores scoresOf(DecayedSums sumsToday, long knownDays, Neutralised neutralised) {
		double shortRate = annualRate(shortHalfLife()) * effective(sumsToday.shortClock(), neutralised);
		double longRate = annualRate(longHalfLife()) * effective(sumsToday.longClock(), neutralised);
		double share = this.properties.decay().shortClockShare();
		double blended = share * shortRate + (1 - share) * longRate;
		double factor = tenure(knownDays, neutralised) * servicesBonus(sumsToday, neutralised);
		return new Scores(points(factor * blended), points(factor * longRate));
	}

	private double effective(BucketSums clock, Neutralised neutralised) {
		ScoringProperties.Reciprocity reciprocity = this.properties.reciprocity();
		double initiated = (neutralised == Neutralised.RECIPROCITY)
				? reciprocity.matchedFactor() * (clock.me() + clock.them()) / 2
				: reciprocity.matchedFactor() * Math.min(clock.me(), clock.them())
						+ reciprocity.excessFactor() * Math.abs(clock.me() - clock.them());
		return clock.mutual() + clock.service() + initiated;
	}

	private double tenure(long knownDays, Neutralised neutralised) {
		if (neutralised == Neutralised.TENURE) {
			return 1;
		}
		ScoringProperties.Tenure tenure = this.properties.tenure();
		double ramp = Math.min(1, (double) knownDays / tenure.rampDays());
		return tenure.floor() + (1 - tenure.floor()) * ramp;
	}

	private double servicesBonus(DecayedSums sums, Neutralised neutralised) {
		ScoringProperties.Services services = this.properties.services();
		double threshold = services.threshold() - THRESHOLD_SLACK;
		boolean helpedEachOther = sums.given() >= threshold && sums.received() >= threshold;
		return (helpedEachOther && neutralised != Neutralised.SERVICES) ? services.bonus() : 1;
	}

	private double points(double weightedContactsPerYear) {
		ScoringProperties.Scale scale = this.properties.scale();
		return Math.min(scale.cap(), scale.pointsPerDoubling() * Math.log1p(weightedContactsPerYear) / LN2);
	}

	/** A clock with half-life H, summed at rate 1 per year, sums to H / ln 2: this rescales it. */
	private static double annualRate(int halfLifeDays) {
		return DAYS_PER_YEAR * LN2 / halfLifeDays;
	}

	private static double decay(long days, int halfLifeDays) {
		return Math.exp(-LN2 * days / halfLifeDays);
	}

	private int shortHalfLife() {
		return this.properties.decay().shortHalfLifeDays();
	}

	private int longHalfLife() {
		return this.properties.decay().longHalfLifeDays();
	}

	/** The depth score S and the bond score B, unrounded. */
	record Scores(double depth, double bond) {
	}

	/** Which part of the formula to switch off when measuring a modifier's effect in points. */
	enum Neutralised {

		NOTHING, RECIPROCITY, TENURE, SERVICES

	}

}
