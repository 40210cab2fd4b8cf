package dev.rapport.importing.addressbook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.contact.CardDate;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.PostalAddress;
import dev.rapport.contact.YearlyDate;

/**
 * Outlook's CSV export. Outlook names its columns in the language of its installation, so
 * each language has its own table of the columns Rapport reads (English, German, French,
 * Spanish, Italian and Dutch here, with the names Outlook's own import knows; Spanish
 * Outlook keeps some English names, and Outlook.com and Google's "Outlook CSV" write
 * {@code Home Country} for {@code Home Country/Region}); dates follow the language too
 * ({@code 4/12/1985}, {@code 12.4.1985}, {@code 12/04/1985}, {@code 28-2-1979}), and
 * {@code 0/0/00} means "no date". The anniversary ({@code Anniversary},
 * {@code Jahrestag}, {@code Anniversaire de mariage}) becomes an important date like
 * vCard's. The French export names both the courtesy title and the job title
 * {@code Titre}: the job title is the second one.
 */
final class OutlookCsvDialect implements CsvDialect {

	/**
	 * The columns Rapport reads, each with its header in every language Outlook is known
	 * to write it in, in the order of {@link Language#ordinal()}; {@code |} separates
	 * names one language's exports use for the same column.
	 */
	enum Column {

		FIRST_NAME("First Name", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam"),

		MIDDLE_NAME("Middle Name", "Weitere Vornamen", "Deuxième prénom", "Segundo nombre", "Secondo nome",
				"Middelste naam"),

		LAST_NAME("Last Name", "Nachname", "Nom", "Apellidos", "Cognome", "Achternaam"),

		COMPANY("Company", "Firma", "Société", "Organización", "Società", "Bedrijf"),

		JOB_TITLE("Job Title", "Position", "Titre", "Puesto", "Posizione", "Functie"),

		EMAIL_1("E-mail Address", "E-Mail-Adresse", "Adresse de messagerie",
				"E-mail Address|Dirección de correo electrónico", "Indirizzo posta elettronica", "E-mailadres"),

		EMAIL_2("E-mail 2 Address", "E-Mail 2: Adresse", "Adresse de messagerie 2", "Dirección de correo electrónico 2",
				"Indirizzo posta elettronica 2", "E-mailadres 2"),

		EMAIL_3("E-mail 3 Address", "E-Mail 3: Adresse", "Adresse de messagerie 3",
				"Dirección del correo electrónico 3|Dirección de correo electrónico 3", "Indirizzo posta elettronica 3",
				"E-mailadres 3"),

		MOBILE_PHONE("Mobile Phone", "Mobiltelefon", "Tél. mobile", "Mobile Phone|Teléfono móvil", "Cellulare",
				"Mobiele telefoon"),

		BUSINESS_PHONE("Business Phone", "Telefon geschäftlich", "Téléphone (bureau)", "Teléfono del trabajo",
				"Ufficio", "Telefoon op werk"),

		HOME_PHONE("Home Phone", "Telefon (privat)", "Téléphone (domicile)", "Particular", "Abitazione",
				"Telefoon thuis"),

		OTHER_PHONE("Other Phone", "Weiteres Telefon", "Téléphone (autre)", "Otro teléfono", "Altro telefono",
				"Andere telefoon"),

		PRIMARY_PHONE("Primary Phone", "Haupttelefon", "Téléphone principal", "Teléfono principal",
				"Telefono principale", "Hoofdtelefoon"),

		BIRTHDAY("Birthday", "Geburtstag", "Anniversaire", "Birthday", "Compleanno", "Verjaardag"),

		ANNIVERSARY("Anniversary", "Jahrestag", "Anniversaire de mariage", "Anniversary", "Anniversario",
				"Speciale datum"),

		CATEGORIES("Categories", "Kategorien", "Catégories", "Categorías", "Categorie", "Categorieën"),

		NOTES("Notes", "Notizen", "Notes", "Notes|Notas", "Notes", "Notities"),

		WEB_PAGE("Web Page", "Webseite", "Page Web", "Página web", "Pagina Web", "Webpagina"),

		BUSINESS_STREET("Business Street", "Straße geschäftlich", "Rue (bureau)", "Calle del trabajo", "Via (uff.)",
				"Werkadres, straat"),

		BUSINESS_CITY("Business City", "Ort geschäftlich", "Ville (bureau)", "Ciudad de trabajo", "Città (uff.)",
				"Werkadres, plaats"),

		BUSINESS_REGION("Business State", "Region geschäftlich", "Dép/Région (bureau)", "Provincia o estado de trabajo",
				"Provincia (uff.)", "Werkadres, provincie"),

		BUSINESS_POSTAL_CODE("Business Postal Code", "Postleitzahl geschäftlich", "Code postal (bureau)",
				"Código postal del trabajo", "CAP (uff.)", "Werkadres, postcode"),

		BUSINESS_COUNTRY("Business Country/Region|Business Country", "Land/Region geschäftlich", "Pays/Région (bureau)",
				"País o región del trabajo", "Paese (uff.)", "Land/regio (werk)"),

		HOME_STREET("Home Street", "Straße privat", "Rue (domicile)", "Home Street", "Via (ab.)", "Huisadres, straat"),

		HOME_CITY("Home City", "Ort privat", "Ville (domicile)", "Home City", "Città (ab.)", "Huisadres, plaats"),

		HOME_REGION("Home State", "Bundesland/Kanton privat", "Dép/Région (domicile)", "Home State", "Provincia (ab.)",
				"Huisadres, provincie"),

		HOME_POSTAL_CODE("Home Postal Code", "Postleitzahl privat", "Code postal (domicile)", "Home Postal Code",
				"CAP (ab.)", "Huisadres, postcode"),

		HOME_COUNTRY("Home Country/Region|Home Country", "Land/Region privat", "Pays/Région (domicile)",
				"País o región del domicilio", "Paese (ab.)", "Land/regio (thuis)");

		private final List<List<String>> headers;

		Column(String... headers) {
			this.headers = Arrays.stream(headers).map(names -> List.of(names.split("\\|"))).toList();
		}

		/** The names this column has in that language, the usual one first. */
		List<String> headers(Language language) {
			return this.headers.get(language.ordinal());
		}

	}

	/**
	 * A language of Outlook's export: the order of day and month in its dates, and which
	 * occurrence of the job title's header is the job title (French names the courtesy
	 * title {@code Titre} too, before it).
	 */
	enum Language {

		ENGLISH(false, 0), GERMAN(true, 0), FRENCH(true, 1), SPANISH(true, 0), ITALIAN(true, 0), DUTCH(true, 0);

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

	/**
	 * Google's own groups, which its "Outlook CSV" export writes among the categories
	 * (without the {@code "* "} of its Google CSV): not the user's tags.
	 */
	private static final Set<String> GOOGLE_SYSTEM_GROUPS = Set.of("mycontacts", "starred");

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
			if (has(cells, Column.FIRST_NAME, language) && has(cells, Column.EMAIL_1, language)) {
				return language;
			}
		}
		return null;
	}

	private static boolean has(List<String> cells, Column column, Language language) {
		return column.headers(language).stream().anyMatch(name -> cells.contains(name.toLowerCase(Locale.ROOT)));
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
		card.position = row.nth(Column.JOB_TITLE.headers(language).get(0), language.jobTitleOccurrence());
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
				String name = category.strip();
				if (!GOOGLE_SYSTEM_GROUPS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith("* ")) {
					card.tags.add(name);
				}
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
		for (String name : column.headers(language)) {
			String value = row.get(name);
			if (value != null) {
				return value;
			}
		}
		return null;
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
