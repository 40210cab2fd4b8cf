package dev.rapport.importing.addressbook;

import java.time.DateTimeException;
import java.time.LocalDate;
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
 * Outlook's CSV export. Outlook names its columns in the language of its installation, so
 * each language has its own table of the columns Rapport reads (English, German and
 * French here); dates follow the language too ({@code 4/12/1985}, {@code 12.4.1985},
 * {@code 12/04/1985}), and {@code 0/0/00} means "no date". The anniversary
 * ({@code Anniversary}, {@code Jahrestag}, {@code Anniversaire de mariage}) becomes an
 * important date like vCard's. The French export names both the courtesy title and the
 * job title {@code Titre}: the job title is the second one.
 */
final class OutlookCsvDialect implements CsvDialect {

	/**
	 * The columns Rapport reads, each with its header in every language Outlook is known
	 * to write it in: English, German, French (the order of {@link Language#ordinal()}).
	 */
	enum Column {

		FIRST_NAME("First Name", "Vorname", "Prénom"),

		MIDDLE_NAME("Middle Name", "Weitere Vornamen", "Deuxième prénom"),

		LAST_NAME("Last Name", "Nachname", "Nom"),

		COMPANY("Company", "Firma", "Société"),

		JOB_TITLE("Job Title", "Position", "Titre"),

		EMAIL_1("E-mail Address", "E-Mail-Adresse", "Adresse de messagerie"),

		EMAIL_2("E-mail 2 Address", "E-Mail 2: Adresse", "Adresse de messagerie 2"),

		EMAIL_3("E-mail 3 Address", "E-Mail 3: Adresse", "Adresse de messagerie 3"),

		MOBILE_PHONE("Mobile Phone", "Mobiltelefon", "Tél. mobile"),

		BUSINESS_PHONE("Business Phone", "Telefon geschäftlich", "Téléphone (bureau)"),

		HOME_PHONE("Home Phone", "Telefon (privat)", "Téléphone (domicile)"),

		OTHER_PHONE("Other Phone", "Weiteres Telefon", "Téléphone (autre)"),

		PRIMARY_PHONE("Primary Phone", "Haupttelefon", "Téléphone principal"),

		BIRTHDAY("Birthday", "Geburtstag", "Anniversaire"),

		ANNIVERSARY("Anniversary", "Jahrestag", "Anniversaire de mariage"),

		CATEGORIES("Categories", "Kategorien", "Catégories"),

		NOTES("Notes", "Notizen", "Notes"),

		WEB_PAGE("Web Page", "Webseite", "Page Web"),

		BUSINESS_STREET("Business Street", "Straße geschäftlich", "Rue (bureau)"),

		BUSINESS_CITY("Business City", "Ort geschäftlich", "Ville (bureau)"),

		BUSINESS_REGION("Business State", "Region geschäftlich", "Dép/Région (bureau)"),

		BUSINESS_POSTAL_CODE("Business Postal Code", "Postleitzahl geschäftlich", "Code postal (bureau)"),

		BUSINESS_COUNTRY("Business Country/Region", "Land/Region geschäftlich", "Pays/Région (bureau)"),

		HOME_STREET("Home Street", "Straße privat", "Rue (domicile)"),

		HOME_CITY("Home City", "Ort privat", "Ville (domicile)"),

		HOME_REGION("Home State", "Bundesland/Kanton privat", "Dép/Région (domicile)"),

		HOME_POSTAL_CODE("Home Postal Code", "Postleitzahl privat", "Code postal (domicile)"),

		HOME_COUNTRY("Home Country/Region", "Land/Region privat", "Pays/Région (domicile)");

		private final List<String> headers;

		Column(String... headers) {
			this.headers = List.of(headers);
		}

		String header(Language language) {
			return this.headers.get(language.ordinal());
		}

	}

	/**
	 * A language of Outlook's export: the order of day and month in its dates, and which
	 * occurrence of the job title's header is the job title (French names the courtesy
	 * title {@code Titre} too, before it).
	 */
	enum Language {

		ENGLISH(false, 0), GERMAN(true, 0), FRENCH(true, 1);

		private final boolean dayFirst;

		private final int jobTitleOccurrence;

		Language(boolean dayFirst, int jobTitleOccurrence) {
			this.dayFirst = dayFirst;
			this.jobTitleOccurrence = jobTitleOccurrence;
		}

		boolean dayFirst() {
			return this.dayFirst;
		}

		int jobTitleOccurrence() {
			return this.jobTitleOccurrence;
		}

	}

	private static final Pattern DATE = Pattern.compile("(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})");

	/**
	 * Outlook's marks of an address book entry, in each language: an email column beside
	 * a name one.
	 */
	static boolean recognises(List<String> header) {
		return languageOf(header) != null;
	}

	private static Language languageOf(List<String> header) {
		List<String> cells = header.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
		for (Language language : Language.values()) {
			if (cells.contains(Column.FIRST_NAME.header(language).toLowerCase(Locale.ROOT))
					&& cells.contains(Column.EMAIL_1.header(language).toLowerCase(Locale.ROOT))) {
				return language;
			}
		}
		return null;
	}

	@Override
	public Columns columns(List<String> header) {
		Language language = languageOf(header);
		return (row, card) -> read(language, row, card);
	}

	private static void read(Language language, Row row, RawCard card) {
		card.firstName = get(language, row, Column.FIRST_NAME);
		card.middleName = get(language, row, Column.MIDDLE_NAME);
		card.lastName = get(language, row, Column.LAST_NAME);
		card.company = get(language, row, Column.COMPANY);
		card.position = row.nth(Column.JOB_TITLE.header(language), language.jobTitleOccurrence());
		for (Column email : List.of(Column.EMAIL_1, Column.EMAIL_2, Column.EMAIL_3)) {
			String value = get(language, row, email);
			if (value != null) {
				card.emails.add(new LabelledValue(null, value));
			}
		}
		phone(language, row, Column.MOBILE_PHONE, "mobile", card);
		phone(language, row, Column.PRIMARY_PHONE, null, card);
		phone(language, row, Column.BUSINESS_PHONE, "work", card);
		phone(language, row, Column.HOME_PHONE, "home", card);
		phone(language, row, Column.OTHER_PHONE, "other", card);
		card.addresses.add(new PostalAddress("work", get(language, row, Column.BUSINESS_STREET),
				get(language, row, Column.BUSINESS_CITY), get(language, row, Column.BUSINESS_REGION),
				get(language, row, Column.BUSINESS_POSTAL_CODE), get(language, row, Column.BUSINESS_COUNTRY)));
		card.addresses.add(new PostalAddress("home", get(language, row, Column.HOME_STREET),
				get(language, row, Column.HOME_CITY), get(language, row, Column.HOME_REGION),
				get(language, row, Column.HOME_POSTAL_CODE), get(language, row, Column.HOME_COUNTRY)));
		card.birthday = date(get(language, row, Column.BIRTHDAY), language.dayFirst());
		LocalDate anniversary = date(get(language, row, Column.ANNIVERSARY), language.dayFirst());
		if (anniversary != null) {
			try {
				card.dates.add(new CardDate(DateKind.ANNIVERSARY, null, YearlyDate.of(anniversary)));
			}
			catch (DateTimeException ex) {
				// A year outside what the dates page keeps (Outlook lets anything
				// through): no date.
			}
		}
		String notes = get(language, row, Column.NOTES);
		if (notes != null) {
			card.notes.add(notes);
		}
		String categories = get(language, row, Column.CATEGORIES);
		if (categories != null) {
			for (String category : categories.split("[;,]")) {
				card.tags.add(category);
			}
		}
		String web = get(language, row, Column.WEB_PAGE);
		if (web != null) {
			card.urls.add(web);
		}
	}

	private static void phone(Language language, Row row, Column column, String label, RawCard card) {
		String value = get(language, row, column);
		if (value != null) {
			card.phones.add(new LabelledValue(label, value));
		}
	}

	private static String get(Language language, Row row, Column column) {
		return row.get(column.header(language));
	}

	/**
	 * {@code 0/0/00} (or {@code 0.0.00}) is Outlook's "no date"; so is anything that is
	 * no real day.
	 */
	static LocalDate date(String value, boolean dayFirst) {
		if (value == null) {
			return null;
		}
		Matcher matcher = DATE.matcher(value.strip());
		if (!matcher.matches()) {
			return null;
		}
		try {
			int first = Integer.parseInt(matcher.group(1));
			int second = Integer.parseInt(matcher.group(2));
			int third = Integer.parseInt(matcher.group(3));
			if (matcher.group(1).length() == 4) {
				return LocalDate.of(first, second, third);
			}
			int year = (matcher.group(3).length() <= 2) ? twoDigitYear(third) : third;
			return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** Two-digit years up to 29 are this century's, as spreadsheets read them. */
	private static int twoDigitYear(int year) {
		return (year <= 29) ? 2000 + year : 1900 + year;
	}

}
