package dev.rapport.contact;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How often the user intends to be in touch with someone. Stored as a number of days so
 * the API speaks plainly ({@code rhythmDays}); only these steps are offered, so "loosen"
 * always has a next step and a sentence can name the rhythm in words. No rhythm (null)
 * means "learn it from our history".
 */
public enum Rhythm {

	WEEKLY(7), FORTNIGHTLY(14), MONTHLY(30), QUARTERLY(90), HALF_YEARLY(182), YEARLY(365);

	private final int days;

	Rhythm(int days) {
		this.days = days;
	}

	public int days() {
		return this.days;
	}

	/**
	 * The rhythm of exactly this many days; empty for null or a number that is not a
	 * step.
	 */
	public static Optional<Rhythm> ofDays(@Nullable Integer days) {
		return Arrays.stream(values()).filter(rhythm -> days != null && rhythm.days == days).findFirst();
	}

	/** The next, less frequent step; empty for yearly, which cannot be loosened. */
	public Optional<Rhythm> looser() {
		return (ordinal() + 1 < values().length) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/** The accepted day counts, for messages and the API description. */
	public static List<Integer> allowedDays() {
		return Arrays.stream(values()).map(Rhythm::days).toList();
	}

	/** Touches per month this rhythm asks for (a month being 365/12 days). */
	public double touchesPerMonth() {
		return (365.0 / 12) / this.days;
	}

}
