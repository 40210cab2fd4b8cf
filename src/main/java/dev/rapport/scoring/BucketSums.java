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

}
