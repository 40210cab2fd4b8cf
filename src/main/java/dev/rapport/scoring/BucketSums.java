package dev.rapport.scoring;

/** One number per {@link Bucket}: the masses of a day, or a clock's decayed sums. */
record BucketSums(double me, double them, double mutual, double service) {

	/** From an array indexed by {@link Bucket#ordinal()}. */
	static BucketSums of(double[] byBucket) {
		return new BucketSums(byBucket[Bucket.ME.ordinal()], byBucket[Bucket.THEM.ordinal()],
				byBucket[Bucket.MUTUAL.ordinal()], byBucket[Bucket.SERVICE.ordinal()]);
	}

	/** These sums with {@code value} added to one bucket's, as a running sum adds it. */
	BucketSums plus(Bucket bucket, double value) {
		return switch (bucket) {
			case ME -> new BucketSums(this.me + value, this.them, this.mutual, this.service);
			case THEM -> new BucketSums(this.me, this.them + value, this.mutual, this.service);
			case MUTUAL -> new BucketSums(this.me, this.them, this.mutual + value, this.service);
			case SERVICE -> new BucketSums(this.me, this.them, this.mutual, this.service + value);
		};
	}

	/** Each bucket's sum plus {@code other}'s. */
	BucketSums plus(BucketSums other) {
		return new BucketSums(this.me + other.me, this.them + other.them, this.mutual + other.mutual,
				this.service + other.service);
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
