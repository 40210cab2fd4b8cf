package dev.rapport.scoring;

import java.time.LocalDate;

/**
 * Everything S and B need from the rows except tenure, valued at {@code anchor}: each clock's
 * {@code Σ m(day, bucket) · 2^(-(anchor - day)/H)}, and the decayed services given and received.
 * The sums can be carried to any later day by one multiplication per sum.
 */
record DecayedSums(LocalDate anchor, BucketSums shortClock, BucketSums longClock, double given,
		double received) {
}
