package dev.rapport.contact;

import java.util.Locale;

/**
 * A date an address book keeps beside the birthday (Apple's and Google's
 * {@code itemN.X-ABDATE} with its {@code X-ABLabel}, vCard 4.0's {@code ANNIVERSARY}), as
 * an important date of the contact.
 *
 * @param kind {@link DateKind#ANNIVERSARY} or {@link DateKind#OTHER}, never a birthday
 * @param label the address book's own label ("Wedding", "Name day"), or {@code null}
 * @param date the day, with or without its year
 */
public record CardDate(DateKind kind, String label, YearlyDate date) {

	public CardDate {
		if (kind == DateKind.BIRTHDAY) {
			throw new IllegalArgumentException("A birthday is the card's birthday, not one of its dates");
		}
	}

	/**
	 * Two dates are the same when kind, label (case ignored) and day agree: importing
	 * twice adds one.
	 */
	public String matchKey() {
		return this.kind + "|" + ((this.label == null) ? "" : this.label.toLowerCase(Locale.ROOT)) + "|"
				+ this.date.month() + "-" + this.date.day();
	}

}
