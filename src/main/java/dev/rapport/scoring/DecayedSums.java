package dev.rapport.scoring;

import java.time.LocalDate;

/**
 * Everything S and B need from the rows except tenure, valued at {@code anchor}: each clock's
 * {@code Σ m(day, bucket) · 2^(-(anchor - day)/H)}, and the decayed services given and received.
 * The formula is linear in these sums, so rows can be added and removed by adding and subtracting
 * their contributions, and the sums can be carried to any later day by one multiplication.
 */
record DecayedSums(LocalDate anchor, BucketSums shortClock, BucketSums longClock, double given,
		double received) {

	DecayedSums plus(DecayedSums other) {
		requireSameAnchor(other);
		return new DecayedSums(this.anchor, this.shortClock.plus(other.shortClock),
				this.longClock.plus(other.longClock), this.given + other.given, this.received + other.received);
	}

	DecayedSums minus(DecayedSums other) {
		requireSameAnchor(other);
		return new DecayedSums(this.anchor, this.shortClock.minus(other.shortClock),
				this.longClock.minus(other.longClock), this.given - other.given, this.received - other.received);
	}

	private void requireSameAnchor(DecayedSums other) {
		if (!this.anchor.equals(other.anchor)) {
			throw new IllegalArgumentException("Sums anchored at " + this.anchor + " and " + other.anchor);
		}
	}

}
