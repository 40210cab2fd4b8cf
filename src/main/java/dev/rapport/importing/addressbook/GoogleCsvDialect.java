package dev.rapport.importing.addressbook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.contact.CardDate;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.PostalAddress;
import dev.rapport.contact.YearlyDate;

/**
 * Google Contacts' CSV, in both header generations: the older one
 * ({@code Name, Given Name,
 * Family Name, ..., Group Membership, E-mail 1 - Type, E-mail 1 - Value}) and today's
 * ({@code First
 * Name, Last Name, ..., Labels, E-mail 1 - Label, E-mail 1 - Value}). One cell can hold
 * several values joined by {@code " ::: "}; labels starting with {@code "* "} are
 * Google's system groups ({@code * myContacts}, {@code * starred}), not the user's tags.
 * Events ({@code Event 1 - Label}, {@code Event 1 - Value}) become important dates:
 * {@code Anniversary} an anniversary, others dates with their label.
 */
final class GoogleCsvDialect implements CsvDialect {

	static final String SEPARATOR = " ::: ";

	private static final Pattern NUMBERED = Pattern
		.compile("(?i)(E-mail|Phone|Address|Website|Organization) \\d+ - .*");

	private static final Pattern YEARLESS = Pattern.compile("--(\\d{2})-?(\\d{2})");

	/**
	 * The most numbered columns of one kind a Google export has in practice; more are
	 * read too.
	 */
	private static final int MAX_NUMBERED = 50;

	static boolean recognises(List<String> header) {
		boolean numbered = header.stream().anyMatch(cell -> NUMBERED.matcher(cell.strip()).matches());
		boolean groups = header.stream()
			.map(cell -> cell.strip().toLowerCase(Locale.ROOT))
			.anyMatch(cell -> cell.equals("group membership") || cell.equals("labels") || cell.equals("given name"));
		return numbered || groups;
	}

	@Override
	public Columns columns(List<String> header) {
		return GoogleCsvDialect::read;
	}

	private static void read(Row row, RawCard card) {
		card.firstName = row.firstPresent("First Name", "Given Name");
		card.middleName = row.firstPresent("Middle Name", "Additional Name");
		card.lastName = row.firstPresent("Last Name", "Family Name");
		card.formattedName = row.firstPresent("Name", "File As");
		card.nickname = row.get("Nickname");
		card.company = row.firstPresent("Organization Name", "Organization 1 - Name");
		card.position = row.firstPresent("Organization Title", "Organization 1 - Title");
		birthday(row.get("Birthday"), card);
		add(card.notes, row.get("Notes"));
		String groups = row.firstPresent("Labels", "Group Membership");
		for (String group : split(groups)) {
			if (!group.startsWith("*") && !group.toLowerCase(Locale.ROOT).startsWith("system group:")) {
				card.tags.add(group);
			}
		}
		for (int n = 1; n <= MAX_NUMBERED; n++) {
			String prefix = "E-mail " + n + " - ";
			if (!row.has(prefix + "Value") && n > 2) {
				break;
			}
			String label = row.firstPresent(prefix + "Label", prefix + "Type");
			for (String email : split(row.get(prefix + "Value"))) {
				card.emails.add(new LabelledValue(label, email));
			}
		}
		for (int n = 1; n <= MAX_NUMBERED; n++) {
			String prefix = "Phone " + n + " - ";
			if (!row.has(prefix + "Value") && n > 2) {
				break;
			}
			String label = row.firstPresent(prefix + "Label", prefix + "Type");
			for (String phone : split(row.get(prefix + "Value"))) {
				card.phones.add(new LabelledValue(label, phone));
			}
		}
		for (int n = 1; n <= MAX_NUMBERED; n++) {
			String prefix = "Address " + n + " - ";
			if (!row.has(prefix + "Street") && !row.has(prefix + "Formatted") && n > 2) {
				break;
			}
			String street = row.get(prefix + "Street");
			String city = row.get(prefix + "City");
			if (street == null && city == null) {
				street = row.get(prefix + "Formatted");
			}
			card.addresses.add(new PostalAddress(row.firstPresent(prefix + "Label", prefix + "Type"), firstOf(street),
					firstOf(city), firstOf(row.get(prefix + "Region")), firstOf(row.get(prefix + "Postal Code")),
					firstOf(row.get(prefix + "Country"))));
		}
		for (int n = 1; n <= MAX_NUMBERED; n++) {
			String prefix = "Event " + n + " - ";
			if (!row.has(prefix + "Value") && n > 2) {
				break;
			}
			String label = row.firstPresent(prefix + "Label", prefix + "Type");
			for (String value : split(row.get(prefix + "Value"))) {
				CardDate event = event(label, value);
				if (event != null) {
					card.dates.add(event);
				}
			}
		}
		for (int n = 1; n <= MAX_NUMBERED; n++) {
			String prefix = "Website " + n + " - ";
			if (!row.has(prefix + "Value") && n > 2) {
				break;
			}
			card.urls.addAll(split(row.get(prefix + "Value")));
		}
	}

	/** Google writes {@code 1985-04-12}, or {@code --04-12} when the year is unknown. */
	private static void birthday(String value, RawCard card) {
		if (value == null) {
			return;
		}
		Matcher yearless = YEARLESS.matcher(value.strip());
		if (yearless.matches()) {
			card.birthdayWithoutYear = "--" + yearless.group(1) + "-" + yearless.group(2);
			return;
		}
		try {
			card.birthday = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			// Google lets people type free text here; it is no date we can keep.
		}
	}

	/**
	 * Google's events ({@code Event 1 - Label}/{@code Type}, {@code Event 1 - Value}):
	 * the built-in {@code Anniversary} is an anniversary, {@code Other} an unlabelled
	 * date, any other label a date with that label. Values are written like the birthday;
	 * free text is no date.
	 */
	static CardDate event(String label, String value) {
		YearlyDate date = yearlyDate(value);
		if (date == null) {
			return null;
		}
		String name = (label == null) ? "" : label.strip();
		if (name.startsWith("* ")) {
			name = name.substring(2).strip();
		}
		if (name.equalsIgnoreCase("anniversary")) {
			return new CardDate(DateKind.ANNIVERSARY, null, date);
		}
		return new CardDate(DateKind.OTHER, (name.isEmpty() || name.equalsIgnoreCase("other")) ? null : name, date);
	}

	private static YearlyDate yearlyDate(String value) {
		if (value == null) {
			return null;
		}
		try {
			Matcher yearless = YEARLESS.matcher(value.strip());
			if (yearless.matches()) {
				return new YearlyDate(null, Integer.parseInt(yearless.group(1)), Integer.parseInt(yearless.group(2)));
			}
			return YearlyDate.of(LocalDate.parse(value.strip()));
		}
		catch (DateTimeException ex) {
			// Free text, an impossible day, or a year outside what the dates page keeps.
			return null;
		}
	}

	private static String firstOf(String multiValue) {
		List<String> values = split(multiValue);
		return values.isEmpty() ? null : values.get(0);
	}

	static List<String> split(String cell) {
		if (cell == null) {
			return List.of();
		}
		return Arrays.stream(cell.split(Pattern.quote(SEPARATOR.strip())))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.toList();
	}

	private static void add(List<String> values, String value) {
		if (value != null) {
			values.add(value);
		}
	}

}
