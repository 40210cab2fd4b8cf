package dev.rapport.contact.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.contact.KnownSinceFormat;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Reads and shows a {@link KnownSinceFormat} date: {@code 2015} is 1 January 2015,
 * {@code 2015-03} and {@code 3/2015} are 1 March 2015, and a full ISO date is itself; a
 * first of January prints as the year and a first of the month as the month. Anything
 * else (or a year before 1900) does not bind, and the form says so.
 */
final class KnownSinceFormatter implements Formatter<LocalDate>, AnnotationFormatterFactory<KnownSinceFormat> {

	/** Years before this are typing mistakes, not friendships. */
	static final int EARLIEST_YEAR = 1900;

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");

	@Override
	public LocalDate parse(String text, Locale locale) {
		String trimmed = text.trim();
		LocalDate date;
		try {
			date = read(trimmed);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("Not a year, month or day: " + trimmed, ex);
		}
		if (date.getYear() < EARLIEST_YEAR) {
			throw new IllegalArgumentException("Too long ago: " + trimmed);
		}
		return date;
	}

	private static LocalDate read(String text) {
		Matcher matcher = YEAR.matcher(text);
		if (matcher.matches()) {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 1);
		}
		matcher = YEAR_MONTH.matcher(text);
		if (matcher.matches()) {
			return YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))).atDay(1);
		}
		matcher = MONTH_SLASH_YEAR.matcher(text);
		if (matcher.matches()) {
			return YearMonth.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))).atDay(1);
		}
		return LocalDate.parse(text);
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		if (date.getDayOfMonth() != 1) {
			return date.toString();
		}
		return (date.getMonthValue() == 1) ? String.valueOf(date.getYear()) : YearMonth.from(date).toString();
	}

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(LocalDate.class);
	}

	@Override
	public Printer<?> getPrinter(KnownSinceFormat annotation, Class<?> fieldType) {
		return this;
	}

	@Override
	public Parser<?> getParser(KnownSinceFormat annotation, Class<?> fieldType) {
		return this;
	}

}
