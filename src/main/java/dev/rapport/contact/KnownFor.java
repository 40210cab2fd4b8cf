package dev.rapport.contact;

import java.time.LocalDate;

/**
 * The answer to "How long have you known them?", asked after the first interaction logged
 * with someone who has no "known since". Each answer becomes a year, kept like a year
 * typed on the contact form (its 1 January): the most recent year the answer allows, so
 * tenure is never overstated. Logged in December 2026, "3–5 years" is 2023.
 */
public enum KnownFor {

	/** We met this year. */
	THIS_YEAR(0),

	ONE_TO_TWO_YEARS(1),

	THREE_TO_FIVE_YEARS(3),

	FIVE_TO_TEN_YEARS(5),

	OVER_TEN_YEARS(10);

	private final int yearsAgo;

	KnownFor(int yearsAgo) {
		this.yearsAgo = yearsAgo;
	}

	/** The "known since" this answer stands for, given the owner's today. */
	public LocalDate since(LocalDate today) {
		return LocalDate.of(today.getYear() - this.yearsAgo, 1, 1);
	}

}
