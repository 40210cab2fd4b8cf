package dev.rapport.importing.addressbook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	enum Column {

		FIRST_NAME, MIDDLE_NAME, LAST_NAME, COMPANY, JOB_TITLE, EMAIL_1, EMAIL_2, EMAIL_3, MOBILE_PHONE, BUSINESS_PHONE,
		HOME_PHONE, OTHER_PHONE, PRIMARY_PHONE, BIRTHDAY, ANNIVERSARY, CATEGORIES, NOTES, WEB_PAGE, BUSINESS_STREET,
		BUSINESS_CITY, BUSINESS_REGION, BUSINESS_POSTAL_CODE, BUSINESS_COUNTRY, HOME_STREET, HOME_CITY, HOME_REGION,
		HOME_POSTAL_CODE, HOME_COUNTRY

	}

	/** A language's column names, and the order of day and month in its dates. */
	record Language(String firstNameColumn, boolean dayFirst, Map<Column, String> names, int jobTitleOccurrence) {
	}

	static final Language ENGLISH = new Language("First Name", false,
			Map.ofEntries(Map.entry(Column.FIRST_NAME, "First Name"), Map.entry(Column.MIDDLE_NAME, "Middle Name"),
					Map.entry(Column.LAST_NAME, "Last Name"), Map.entry(Column.COMPANY, "Company"),
					Map.entry(Column.JOB_TITLE, "Job Title"), Map.entry(Column.EMAIL_1, "E-mail Address"),
					Map.entry(Column.EMAIL_2, "E-mail 2 Address"), Map.entry(Column.EMAIL_3, "E-mail 3 Address"),
					Map.entry(Column.MOBILE_PHONE, "Mobile Phone"), Map.entry(Column.BUSINESS_PHONE, "Business Phone"),
					Map.entry(Column.HOME_PHONE, "Home Phone"), Map.entry(Column.OTHER_PHONE, "Other Phone"),
					Map.entry(Column.PRIMARY_PHONE, "Primary Phone"), Map.entry(Column.BIRTHDAY, "Birthday"),
					Map.entry(Column.ANNIVERSARY, "Anniversary"), Map.entry(Column.CATEGORIES, "Categories"),
					Map.entry(Column.NOTES, "Notes"), Map.entry(Column.WEB_PAGE, "Web Page"),
					Map.entry(Column.BUSINESS_STREET, "Business Street"),
					Map.entry(Column.BUSINESS_CITY, "Business City"),
					Map.entry(Column.BUSINESS_REGION, "Business State"),
					Map.entry(Column.BUSINESS_POSTAL_CODE, "Business Postal Code"),
					Map.entry(Column.BUSINESS_COUNTRY, "Business Country/Region"),
					Map.entry(Column.HOME_STREET, "Home Street"), Map.entry(Column.HOME_CITY, "Home City"),
					Map.entry(Column.HOME_REGION, "Home State"), Map.entry(Column.HOME_POSTAL_CODE, "Home Postal Code"),
					Map.entry(Column.HOME_COUNTRY, "Home Country/Region")),
			0);

	static final Language GERMAN = new Language("Vorname", true, Map.ofEntries(Map.entry(Column.FIRST_NAME, "Vorname"),
			Map.entry(Column.MIDDLE_NAME, "Weitere Vornamen"), Map.entry(Column.LAST_NAME, "Nachname"),
			Map.entry(Column.COMPANY, "Firma"), Map.entry(Column.JOB_TITLE, "Position"),
			Map.entry(Column.EMAIL_1, "E-Mail-Adresse"), Map.entry(Column.EMAIL_2, "E-Mail 2: Adresse"),
			Map.entry(Column.EMAIL_3, "E-Mail 3: Adresse"), Map.entry(Column.MOBILE_PHONE, "Mobiltelefon"),
			Map.entry(Column.BUSINESS_PHONE, "Telefon geschäftlich"), Map.entry(Column.HOME_PHONE, "Telefon (privat)"),
			Map.entry(Column.OTHER_PHONE, "Weiteres Telefon"), Map.entry(Column.PRIMARY_PHONE, "Haupttelefon"),
			Map.entry(Column.BIRTHDAY, "Geburtstag"), Map.entry(Column.ANNIVERSARY, "Jahrestag"),
			Map.entry(Column.CATEGORIES, "Kategorien"), Map.entry(Column.NOTES, "Notizen"),
			Map.entry(Column.WEB_PAGE, "Webseite"), Map.entry(Column.BUSINESS_STREET, "Straße geschäftlich"),
			Map.entry(Column.BUSINESS_CITY, "Ort geschäftlich"),
			Map.entry(Column.BUSINESS_REGION, "Region geschäftlich"),
			Map.entry(Column.BUSINESS_POSTAL_CODE, "Postleitzahl geschäftlich"),
			Map.entry(Column.BUSINESS_COUNTRY, "Land/Region geschäftlich"),
			Map.entry(Column.HOME_STREET, "Straße privat"), Map.entry(Column.HOME_CITY, "Ort privat"),
			Map.entry(Column.HOME_REGION, "Bundesland/Kanton privat"),
			Map.entry(Column.HOME_POSTAL_CODE, "Postleitzahl privat"),
			Map.entry(Column.HOME_COUNTRY, "Land/Region privat")), 0);

	static final Language FRENCH = new Language("Prénom", true, Map.ofEntries(Map.entry(Column.FIRST_NAME, "Prénom"),
			Map.entry(Column.MIDDLE_NAME, "Deuxième prénom"), Map.entry(Column.LAST_NAME, "Nom"),
			Map.entry(Column.COMPANY, "Société"), Map.entry(Column.JOB_TITLE, "Titre"),
			Map.entry(Column.EMAIL_1, "Adresse de messagerie"), Map.entry(Column.EMAIL_2, "Adresse de messagerie 2"),
			Map.entry(Column.EMAIL_3, "Adresse de messagerie 3"), Map.entry(Column.MOBILE_PHONE, "Tél. mobile"),
			Map.entry(Column.BUSINESS_PHONE, "Téléphone (bureau)"),
			Map.entry(Column.HOME_PHONE, "Téléphone (domicile)"), Map.entry(Column.OTHER_PHONE, "Téléphone (autre)"),
			Map.entry(Column.PRIMARY_PHONE, "Téléphone principal"), Map.entry(Column.BIRTHDAY, "Anniversaire"),
			Map.entry(Column.ANNIVERSARY, "Anniversaire de mariage"), Map.entry(Column.CATEGORIES, "Catégories"),
			Map.entry(Column.NOTES, "Notes"), Map.entry(Column.WEB_PAGE, "Page Web"),
			Map.entry(Column.BUSINESS_STREET, "Rue (bureau)"), Map.entry(Column.BUSINESS_CITY, "Ville (bureau)"),
			Map.entry(Column.BUSINESS_REGION, "Dép/Région (bureau)"),
			Map.entry(Column.BUSINESS_POSTAL_CODE, "Code postal (bureau)"),
			Map.entry(Column.BUSINESS_COUNTRY, "Pays/Région (bureau)"), Map.entry(Column.HOME_STREET, "Rue (domicile)"),
			Map.entry(Column.HOME_CITY, "Ville (domicile)"), Map.entry(Column.HOME_REGION, "Dép/Région (domicile)"),
			Map.entry(Column.HOME_POSTAL_CODE, "Code postal (domicile)"),
			Map.entry(Column.HOME_COUNTRY, "Pays/Région (domicile)")), 1);

	private static final List<Language> LANGUAGES = List.of(ENGLISH, GERMAN, FRENCH);

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
		for (Language language : LANGUAGES) {
			if (cells.contains(language.firstNameColumn().toLowerCase(Locale.ROOT))
					&& cells.contains(language.names().get(Column.EMAIL_1).toLowerCase(Locale.ROOT))) {
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
		card.position = row.nth(language.names().get(Column.JOB_TITLE), language.jobTitleOccurrence());
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
		return row.get(language.names().get(column));
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
