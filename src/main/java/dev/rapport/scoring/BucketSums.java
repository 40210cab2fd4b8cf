package dev.rapport.scoring;

/** One number per {@link Bucket}: the masses of a day, or a clock's decayed sums. */
record BucketSums(double me, double them, double mutual, double service) {

	static final BucketSums ZERO = new BucketSums(0, 0, 0, 0);

	BucketSums plus(Bucket bucket, double amount) {
		return switch (bucket) {
			case ME -> new BucketSums(this.me + amount, this.them, this.mutual, this.service);
			case THEM -> new BucketSums(this.me, this.them + amount, this.mutual, this.service);
			case MUTUAL -> new BucketSums(this.me, this.them, this.mutual + amount, this.service);
			case SERVICE -> new BucketSums(this.me, this.them, this.mutual, this.service + amount);
		};
	}

	BucketSums plus(BucketSums other) {
		return new BucketSums(this.me + other.me, this.them + other.them, this.mutual + other.mutual,
				this.service + other.service);
	}

	BucketSums minus(BucketSums other) {
		return plus(other.times(-1));
	}

	BucketSums times(double factor) {
		return new BucketSums(this.me * factor, this.them * factor, this.mutual * factor, this.service * factor);
	}

}
