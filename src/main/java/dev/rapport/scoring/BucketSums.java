package dev.rapport.scoring;

/** One number per {@link Bucket}: the masses of a day, or a clock's decayed sums. */
record BucketSums(double me, double them, double mutual, double service) {

	/** From an array indexed by {@link Bucket#ordinal()}. */
	static BucketSums of(double[] byBucket) {
		return new BucketSums(byBucket[Bucket.ME.ordinal()], byBucket[Bucket.THEM.ordinal()],
				byBucket[Bucket.MUTUAL.ordinal()], byBucket[Bucket.SERVICE.ordinal()]);
	}

	BucketSums times(double factor) {
		return new BucketSums(this.me * factor, this.them * factor, this.mutual * factor, this.service * factor);
	}

	/**
	 * These sums less {@code other}'s, never below zero: what remains when rows are taken
	 * out of the sums they were added to, where rounding could leave a few ulps below
	 * zero.
	 */
	BucketSums minus(BucketSums other) {
		return new BucketSums(remaining(this.me, other.me), remaining(this.them, other.them),
				remaining(this.mutual, other.mutual), remaining(this.service, other.service));
	}

	static double remaining(double sum, double taken) {
		return Math.max(0, sum - taken);
	}

}
