package dev.rapport.contact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that comes back every year: a month and day, with the year it started when known
 * (a birthday whose year nobody remembers is still a birthday). Written as vCard writes
 * it: {@code 1990-12-24}, or {@code --12-24} without the year.
 */
public record YearlyDate(Integer year, int month, int day) {

	public static final int EARLIEST_YEAR = 1900;

	public static final int LATEST_YEAR = 2100;

	private static final Pattern TEXT = Pattern.compile("^(\\d{4}|-)-(\\d{2})-(\\d{2})$");

	public YearlyDate {
		if (year != null && (year < EARLIEST_YEAR || year > LATEST_YEAR)) {
			throw new DateTimeException("Year out of range: " + year);
		}
		// 29 February is a valid month-day; for a dated one, the year must have it.
		MonthDay.of(month, day);
		if (year != null) {
			LocalDate.of(year, month, day);
		}
	}

	public static YearlyDate of(LocalDate date) {
		return new YearlyDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** The date in either written form, or empty when it is malformed or no real day. */
	public static Optional<YearlyDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = TEXT.matcher(text.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			Integer year = "-".equals(matcher.group(1)) ? null : Integer.valueOf(matcher.group(1));
			return Optional
				.of(new YearlyDate(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	public boolean hasYear() {
		return this.year != null;
	}

	/**
	 * The day it falls on in the given year; 29 February is kept on 28 February in other
	 * years.
	 */
	public LocalDate in(int year) {
		MonthDay monthDay = MonthDay.of(this.month, this.day);
		return monthDay.isValidYear(year) ? monthDay.atYear(year) : LocalDate.of(year, this.month, 28);
	}

	/** The first time it comes round on or after the given day. */
	public LocalDate nextOnOrAfter(LocalDate day) {
		LocalDate thisYear = in(day.getYear());
		return thisYear.isBefore(day) ? in(day.getYear() + 1) : thisYear;
	}

	/**
	 * How many years it will be on the given day (turning 40), when the year is known.
	 */
	public Optional<Integer> yearsOn(LocalDate occurrence) {
		return hasYear() ? Optional.of(occurrence.getYear() - this.year) : Optional.empty();
	}

	/** Whether this dated day lies after the given day (a birthday cannot). */
	public boolean isAfter(LocalDate day) {
		return hasYear() && LocalDate.of(this.year, this.month, this.day).isAfter(day);
	}

	@Override
	public String toString() {
		return (hasYear() ? String.format("%04d", this.year) : "-") + String.format("-%02d-%02d", this.month, this.day);
	}

}
