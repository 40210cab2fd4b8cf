package dev.rapport.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;

/**
 * Steps 1 to 8 of the specification: same-day damping, the two clocks, reciprocity
 * matching, annual rates, tenure, the services bonus and the logarithmic scale. Stateless
 * apart from the constants.
 */
final class DepthFormula {

	private static final double LN2 = Math.log(2);

	private static final double DAYS_PER_YEAR = 365;

	/**
	 * A service exactly one half-life old is worth exactly the 0.5 threshold; sums
	 * carried forward in steps can land a few ulps below it, so the threshold allows for
	 * rounding, not for judgement.
	 */
	private static final double THRESHOLD_SLACK = 1e-9;

	/** Where the parts of a row's sort key ({@link #keyOf}) sit. */
	private static final int DAY_SHIFT = 16;

	private static final int BUCKET_SHIFT = 12;

	private static final int RANK_SHIFT = 8;

	private static final int KIND_SHIFT = 4;

	/** Rows of one day and bucket share the bits from here up. */
	private static final int GROUP_SHIFT = BUCKET_SHIFT;

	private static final Bucket[] BUCKETS = Bucket.values();

	private static final InteractionKind[] KINDS = InteractionKind.values();

	private static final Direction[] DIRECTIONS = Direction.values();

	private final ScoringProperties properties;

	/**
	 * Each kind's place when the kinds are ordered heaviest first (damping's order within
	 * a day and bucket).
	 */
	private final int[] weightRank;

	DepthFormula(ScoringProperties properties) {
		this.properties = properties;
		InteractionKind[] heaviestFirst = InteractionKind.values().clone();
		Arrays.sort(heaviestFirst,
				Comparator.comparingDouble((InteractionKind kind) -> properties.weights().of(kind)).reversed());
		this.weightRank = new int[heaviestFirst.length];
		for (int rank = 0; rank < heaviestFirst.length; rank++) {
			this.weightRank[heaviestFirst[rank].ordinal()] = rank;
		}
	}

	/**
	 * The sums of the rows dated on or before {@code anchor}, valued at {@code anchor}.
	 * Later rows are planned as of the anchor and left out. Damping makes a row's weight
	 * depend on the other rows of its day and bucket, so the rows are walked in (day,
	 * bucket, heaviest first) order; the sums of one day's rows are that day's exact
	 * contribution. The order is that of one number per row (day, bucket, weight rank,
	 * kind and direction packed into a {@code long}), sorted as primitives: a refresh
	 * after logging sorts all of a contact's rows, ten thousand for the busiest.
	 */
	DecayedSums sumsOf(Collection<ScoredInteraction> rows, LocalDate anchor) {
		long[] keys = new long[rows.size()];
		int count = 0;
		for (ScoredInteraction row : rows) {
			if (!row.isPlannedOn(anchor)) {
				keys[count++] = keyOf(row);
			}
		}
		Arrays.sort(keys, 0, count);
		double damping = this.properties.decay().sameDayDamping();
		int serviceHalfLife = this.properties.services().halfLifeDays();
		double[] shortClock = new double[Bucket.values().length];
		double[] longClock = new double[Bucket.values().length];
		double given = 0;
		double received = 0;
		double share = 1;
		long anchorDay = anchor.toEpochDay();
		for (int i = 0; i < count; i++) {
			long key = keys[i];
			long group = key >> GROUP_SHIFT;
			boolean sameGroup = i > 0 && (keys[i - 1] >> GROUP_SHIFT) == group;
			share = sameGroup ? share * damping : 1;
			long day = key >> DAY_SHIFT; // arithmetic: days before 1970 are negative
			Bucket bucket = BUCKETS[(int) ((key >>> BUCKET_SHIFT) & 0xF)];
			InteractionKind kind = KINDS[(int) ((key >>> KIND_SHIFT) & 0xF)];
			Direction direction = DIRECTIONS[(int) (key & 0xF)];
			long age = anchorDay - day;
			double mass = this.properties.weights().of(kind) * share;
			shortClock[bucket.ordinal()] += mass * decay(age, shortHalfLife());
			longClock[bucket.ordinal()] += mass * decay(age, longHalfLife());
			boolean service = kind.isService();
			given += (service && direction != Direction.THEM) ? decay(age, serviceHalfLife) : 0;
			received += (service && direction != Direction.ME) ? decay(age, serviceHalfLife) : 0;
		}
		return new DecayedSums(anchor, BucketSums.of(shortClock), BucketSums.of(longClock), given, received);
	}

	/**
	 * {@link #sumsOf} of the rows behind {@code sums} plus {@code row}, for a row dated
	 * after every one of them and on or before the anchor: it sorts last and is the first
	 * of its day (undamped), so {@link #sumsOf} would add it last, by the very operations
	 * below. The result is therefore bit for bit what {@link #sumsOf} gives over all the
	 * rows, which reading them again would only repeat.
	 */
	DecayedSums plusNewest(DecayedSums sums, ScoredInteraction row) {
		if (row.isPlannedOn(sums.anchor())) {
			throw new IllegalArgumentException("A row of " + row.day() + " is planned as of " + sums.anchor());
		}
		long age = sums.anchor().toEpochDay() - row.day().toEpochDay();
		double share = 1;
		double mass = this.properties.weights().of(row.kind()) * share;
		Bucket bucket = row.bucket();
		boolean service = row.kind().isService();
		int serviceHalfLife = this.properties.services().halfLifeDays();
		double given = sums.given()
				+ ((service && row.direction() != Direction.THEM) ? decay(age, serviceHalfLife) : 0);
		double received = sums.received()
				+ ((service && row.direction() != Direction.ME) ? decay(age, serviceHalfLife) : 0);
		return new DecayedSums(sums.anchor(), sums.shortClock().plus(bucket, mass * decay(age, shortHalfLife())),
				sums.longClock().plus(bucket, mass * decay(age, longHalfLife())), given, received);
	}

	/** Day (from bit 16), bucket, weight rank, kind and direction (four bits each). */
	private long keyOf(ScoredInteraction row) {
		return (row.day().toEpochDay() << DAY_SHIFT) | ((long) row.bucket().ordinal() << BUCKET_SHIFT)
				| ((long) this.weightRank[row.kind().ordinal()] << RANK_SHIFT)
				| ((long) row.kind().ordinal() << KIND_SHIFT) | row.direction().ordinal();
	}

	/**
	 * The same sums valued at a later day: nothing new happened, so everything only
	 * decays.
	 */
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
	 * The same sums valued at an earlier day, for sums that hold no row dated after that
	 * day: the inverse of {@link #carriedTo}. A contact page's chart takes the last
	 * months' rows out of the stored sums and values what remains on each week of the
	 * chart.
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

	/**
	 * S and B from sums valued at "today" and the days the contact has been known by
	 * then.
	 */
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

	/**
	 * A clock with half-life H, summed at rate 1 per year, sums to H / ln 2: this
	 * rescales it.
	 */
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

	/**
	 * Which part of the formula to switch off when measuring a modifier's effect in
	 * points.
	 */
	enum Neutralised {

		NOTHING, RECIPROCITY, TENURE, SERVICES

	}

}
