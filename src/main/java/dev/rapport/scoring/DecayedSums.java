package dev.rapport.scoring;

import java.time.LocalDate;

/**
 * Everything S and B need from the rows except tenure, valued at {@code anchor}: each
 * clock's {@code Σ m(day, bucket) · 2^(-(anchor - day)/H)}, and the decayed services
 * given and received. The sums can be carried to any later day by one multiplication per
 * sum.
 */
record DecayedSums(LocalDate anchor, BucketSums shortClock, BucketSums longClock, double given, double received) {

	/** These sums and {@code other}'s together (both valued at the same anchor). */
	DecayedSums plus(DecayedSums other) {
		if (!other.anchor.equals(this.anchor)) {
			throw new IllegalArgumentException("Sums anchored at " + this.anchor + " and " + other.anchor);
		}
		return new DecayedSums(this.anchor, this.shortClock.plus(other.shortClock),
				this.longClock.plus(other.longClock), this.given + other.given, this.received + other.received);
	}

	/**
	 * These sums without the rows {@code other} holds (both valued at the same anchor).
	 */
	DecayedSums minus(DecayedSums other) {
		if (!other.anchor.equals(this.anchor)) {
			throw new IllegalArgumentException("Sums anchored at " + this.anchor + " and " + other.anchor);
		}
		return new DecayedSums(this.anchor, this.shortClock.minus(other.shortClock),
				this.longClock.minus(other.longClock), BucketSums.remaining(this.given, other.given),
				BucketSums.remaining(this.received, other.received));
	}

}
