package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.contact.CardDate;
import dev.rapport.contact.ContactCard;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.PostalAddress;
import dev.rapport.contact.YearlyDate;
import dev.rapport.importing.ImportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every fixture holds the bytes its exporter writes (CRLF, 75-octet folding inside UTF-8
 * sequences, quoted-printable soft breaks, byte order marks, Windows-1252).
 */
class AddressBookReaderTests {

	@TempDir
	Path temp;

	@ParameterizedTest
	@CsvSource({ "apple-contacts-3.0.vcf, VCARD", "android-2.1.vcf, VCARD", "nextcloud-4.0.vcf, VCARD",
			"google-contacts-3.0.vcf, VCARD", "google-current.csv, GOOGLE_CSV", "google-legacy.csv, GOOGLE_CSV",
			"outlook-english.csv, OUTLOOK_CSV", "outlook-german.csv, OUTLOOK_CSV", "outlook-french.csv, OUTLOOK_CSV" })
	void recognisesEveryFormatByItsContent(String fixture, ImportFormat format) throws IOException {
		assertThat(TextFile.of(fixture(fixture)).format()).isEqualTo(format);
	}

	@Test
	void recognisesLinkedInFilesSoTheyKeepTheirOwnReader() throws IOException {
		Path file = write("Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
				+ "Ana,Lima,,,,,01 Feb 2020\n");
		assertThat(TextFile.of(file).format()).isEqualTo(ImportFormat.LINKEDIN);
		Path withNotes = write("Connections2.csv", "Notes:\n\"When exporting your connection data...\"\n\n"
				+ "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
		assertThat(TextFile.of(withNotes).format()).isEqualTo(ImportFormat.LINKEDIN);
	}

	@Test
	void readsAppleContactsWithGroupedLabelsFoldedUtf8AndAPhoto() throws IOException {
		List<ReadCard> cards = read("apple-contacts-3.0.vcf", ImportFormat.VCARD);
		assertThat(cards).hasSize(3);
		ContactCard anne = cards.get(0).card();
		assertThat(cards.get(0).line()).isEqualTo(1);
		assertThat(anne.firstName()).isEqualTo("Ånne-Mette Ølgaard");
		assertThat(anne.lastName()).isEqualTo("Søndergaard-Kristiansen");
		assertThat(anne.sourceUid()).isEqualTo("6F1A2B3C-4D5E-4F60-8A9B-0C1D2E3F4A5B");
		assertThat(anne.company()).isEqualTo("Kestrel Labs");
		assertThat(anne.position()).endsWith("Nordic Instødegaard Wing");
		assertThat(anne.emails()).containsExactly(
				new LabelledValue("work", "anne.mette.soendergaard-kristiansen@kestrel-labs.example.com"),
				new LabelledValue("family mailbox", "anne@familie-søndergaard.example"));
		assertThat(anne.phones()).containsExactly(new LabelledValue("mobile", "+45 20 12 34 56"),
				new LabelledValue("home", "+45 33 12 34 56"));
		assertThat(anne.addresses())
			.containsExactly(new PostalAddress("home", "Nørregade 12, 3. tv", "København K", null, "1165", "Danmark"));
		assertThat(anne.birthday()).isNull();
		assertThat(anne.birthdayWithoutYear()).isEqualTo("--04-12");
		assertThat(anne.notes()).isEqualTo("Met at the Aarhus climbing festival. Loves sourdough, hates small talk.");
		assertThat(anne.tags()).containsExactly("climbing", "Copenhagen");
		assertThat(anne.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/anne-mette-sk");
		assertThat(anne.photo()).startsWith((byte) 0xFF, (byte) 0xD8);
		assertThat(anne.dates()).containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2009, 6, 20)));

		ContactCard company = cards.get(1).card();
		assertThat(company.firstName()).isEqualTo("Kestrel Labs");
		assertThat(company.lastName()).isNull();
		assertThat(cards.get(1).line()).isGreaterThan(cards.get(0).line());
		assertThat(cards.get(2).card().birthday()).isEqualTo(LocalDate.of(1988, 11, 3));
	}

	@Test
	void readsAndroidQuotedPrintableWithSoftLineBreaks() throws IOException {
		List<ReadCard> cards = read("android-2.1.vcf", ImportFormat.VCARD);
		assertThat(cards).hasSize(3);
		ContactCard juergen = cards.get(0).card();
		assertThat(juergen.firstName()).isEqualTo("Jürgen");
		assertThat(juergen.lastName()).isEqualTo("Müller-Lüdenscheidt");
		assertThat(juergen.company()).isEqualTo("Bäckerei Größenwahn GmbH");
		assertThat(juergen.notes()).startsWith("Kennengelernt beim Stammtisch in Köln.")
			.endsWith("erzählt immer von seiner Ziegenkäserei.");
		assertThat(juergen.phones()).extracting(LabelledValue::label).containsExactly("mobile", "work");
		assertThat(juergen.emails()).containsExactly(new LabelledValue("home", "juergen@example.de"));
		assertThat(juergen.birthday()).isEqualTo(LocalDate.of(1979, 2, 28));
		assertThat(cards.get(1).card()).isNull();
		assertThat(cards.get(1).skipped()).isEqualTo(ReadCard.SkipReason.NO_NAME_OR_CONTACT);
		assertThat(cards.get(2).card().phones()).containsExactly(new LabelledValue("mobile", "+49 (170) 555-0101"));
	}

	@Test
	void readsNextcloudVCard4WithAYearlessBirthdayAndTelUris() throws IOException {
		ContactCard lucia = read("nextcloud-4.0.vcf", ImportFormat.VCARD).get(0).card();
		assertThat(lucia.firstName()).isEqualTo("Lucía");
		assertThat(lucia.sourceUid()).isEqualTo("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
		assertThat(lucia.birthday()).isNull();
		assertThat(lucia.birthdayWithoutYear()).isEqualTo("--04-12");
		assertThat(lucia.phones()).extracting(LabelledValue::value).containsExactly("+34-600-123-456");
		assertThat(lucia.emails()).extracting(LabelledValue::label).containsExactly("work", "home");
		assertThat(lucia.addresses()).extracting(PostalAddress::locality).containsExactly("Madrid");
		assertThat(lucia.tags()).containsExactly("Friends", "Book club");
		assertThat(lucia.photo()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
	}

	@Test
	void readsGooglesVCardWithCustomLabelsAndAnEncodedLinkedInUrl() throws IOException {
		ContactCard priya = read("google-contacts-3.0.vcf", ImportFormat.VCARD).get(0).card();
		assertThat(priya.emails()).containsExactly(new LabelledValue("home", "priya.raman@example.com"),
				new LabelledValue("studio", "priya@studio-raman.example"));
		assertThat(priya.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/priya-raman-✓");
		assertThat(priya.position()).isEqualTo("Founder");
	}

	@Test
	void readsTodaysGoogleCsvWithMultiValuesAndWithoutSystemGroups() throws IOException {
		List<ReadCard> cards = read("google-current.csv", ImportFormat.GOOGLE_CSV);
		assertThat(cards).hasSize(3);
		ContactCard tomas = cards.get(0).card();
		assertThat(cards.get(0).line()).isEqualTo(2);
		assertThat(tomas.displayName()).isEqualTo("Tomás Ó Briain");
		assertThat(tomas.emails()).containsExactly(new LabelledValue("work", "tomas@harbour.example"),
				new LabelledValue("work", "tomas.obriain@harbour.example"),
				new LabelledValue("home", "tomas@home.example"));
		assertThat(tomas.tags()).containsExactly("Sailing", "Dublin");
		assertThat(tomas.notes()).isEqualTo("Sails on weekends, \"serious\" about coffee");
		assertThat(tomas.company()).isEqualTo("Harbour Analytics");
		assertThat(tomas.position()).isEqualTo("Data Lead");
		assertThat(tomas.birthday()).isEqualTo(LocalDate.of(1990, 7, 14));
		assertThat(tomas.addresses())
			.containsExactly(new PostalAddress("home", "12 Quay St", "Galway", null, "H91", "Ireland"));
		assertThat(tomas.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/tomas-obriain");
		assertThat(tomas.dates()).containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2016, 6, 4)));
		ContactCard grace = cards.get(1).card();
		assertThat(grace.birthdayWithoutYear()).isEqualTo("--12-09");
		assertThat(grace.dates())
			.containsExactly(new CardDate(DateKind.OTHER, "Name day", new YearlyDate(null, 3, 19)));
		assertThat(grace.tags()).isEmpty();
		assertThat(cards.get(2).skipped()).isEqualTo(ReadCard.SkipReason.NO_NAME_OR_CONTACT);
	}

	@Test
	void readsTheOlderGoogleCsvGeneration() throws IOException {
		List<ReadCard> cards = read("google-legacy.csv", ImportFormat.GOOGLE_CSV);
		ContactCard kenji = cards.get(0).card();
		assertThat(kenji.displayName()).isEqualTo("Kenji Watanabe");
		assertThat(kenji.emails()).containsExactly(new LabelledValue("home", "kenji@example.jp"));
		assertThat(kenji.phones()).containsExactly(new LabelledValue("mobile", "+81 90-1234-5678"));
		assertThat(kenji.tags()).containsExactly("Friends");
		assertThat(kenji.company()).isEqualTo("Tanuki Works");
		assertThat(kenji.position()).isEqualTo("CTO");
		assertThat(kenji.birthday()).isEqualTo(LocalDate.of(1975, 3, 2));
		assertThat(kenji.dates())
			.containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2001, 10, 20)));
		assertThat(cards.get(1).card().dates()).isEmpty();
	}

	@Test
	void readsOutlookInEnglishWithShortRowsAndNoDateMarks() throws IOException {
		List<ReadCard> cards = read("outlook-english.csv", ImportFormat.OUTLOOK_CSV);
		assertThat(cards).hasSize(2);
		ContactCard zoe = cards.get(0).card();
		assertThat(zoe.displayName()).isEqualTo("Zoë Müller");
		assertThat(zoe.company()).isEqualTo("Café Noir Ltd");
		assertThat(zoe.position()).isEqualTo("Owner");
		assertThat(zoe.birthday()).isEqualTo(LocalDate.of(1985, 4, 12));
		assertThat(zoe.dates()).containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2014, 6, 21)));
		assertThat(zoe.tags()).containsExactly("Suppliers", "Coffee");
		assertThat(zoe.phones()).containsExactly(new LabelledValue("mobile", "+44 7700 900123"),
				new LabelledValue("work", "+44 20 7946 0018"));
		ContactCard sam = cards.get(1).card();
		assertThat(sam.emails()).containsExactly(new LabelledValue(null, "sam.lee@example.com"));
		assertThat(sam.birthday()).isNull();
		assertThat(sam.dates()).as("0/0/00 is Outlook's no date").isEmpty();
	}

	@Test
	void readsOutlookInGermanFromTheWindowsCodePage() throws IOException {
		TextFile file = TextFile.of(fixture("outlook-german.csv"));
		assertThat(file.charset().name()).isEqualTo("windows-1252");
		List<ReadCard> cards = read("outlook-german.csv", ImportFormat.OUTLOOK_CSV);
		ContactCard juergen = cards.get(0).card();
		assertThat(juergen.displayName()).isEqualTo("Jürgen Müller-Lüdenscheidt");
		assertThat(juergen.position()).isEqualTo("Inhaber");
		assertThat(juergen.birthday()).isEqualTo(LocalDate.of(1979, 2, 28));
		assertThat(juergen.dates())
			.containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2012, 9, 15)));
		assertThat(juergen.notes()).isEqualTo("Schuldet mir ein Kölsch, \"versprochen\".");
		assertThat(juergen.addresses())
			.containsExactly(new PostalAddress("home", "Hauptstraße 5", "Köln", null, "50667", "Deutschland"));
		assertThat(cards.get(1).card().displayName()).isEqualTo("Anke Weiß");
	}

	@Test
	void readsOutlookInFrenchWhereTheJobTitleIsTheSecondTitre() throws IOException {
		ContactCard elodie = read("outlook-french.csv", ImportFormat.OUTLOOK_CSV).get(0).card();
		assertThat(elodie.displayName()).isEqualTo("Élodie Lefèvre");
		assertThat(elodie.position()).isEqualTo("Directrice artistique");
		assertThat(elodie.birthday()).isEqualTo(LocalDate.of(1982, 9, 3));
		assertThat(elodie.dates())
			.containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2010, 7, 14)));
		assertThat(elodie.phones()).containsExactly(new LabelledValue("mobile", "+33 6 12 34 56 78"));
	}

	@Test
	void readsGoogleEventsByTheirLabel() {
		assertThat(GoogleCsvDialect.event("Anniversary", "2012-09-15"))
			.isEqualTo(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2012, 9, 15)));
		assertThat(GoogleCsvDialect.event("* Other", "--03-19"))
			.isEqualTo(new CardDate(DateKind.OTHER, null, new YearlyDate(null, 3, 19)));
		assertThat(GoogleCsvDialect.event(null, "2001-02-03"))
			.isEqualTo(new CardDate(DateKind.OTHER, null, new YearlyDate(2001, 2, 3)));
		assertThat(GoogleCsvDialect.event("Graduation", "2004-06-30"))
			.isEqualTo(new CardDate(DateKind.OTHER, "Graduation", new YearlyDate(2004, 6, 30)));
		assertThat(GoogleCsvDialect.event("Anniversary", "next summer")).isNull();
		assertThat(GoogleCsvDialect.event("Anniversary", "2014-02-30")).isNull();
		assertThat(GoogleCsvDialect.event("Anniversary", "1850-05-01")).as("before the dates page's years").isNull();
	}

	@ParameterizedTest
	@CsvSource({ "truncated.vcf, VCARD, MALFORMED_VCARD, 6", "text-between-cards.vcf, VCARD, MALFORMED_VCARD, 5",
			"nested-too-deep.vcf, VCARD, MALFORMED_VCARD, 4", "unclosed-quote-google.csv, GOOGLE_CSV, MALFORMED_CSV, 2",
			"extra-columns-outlook.csv, OUTLOOK_CSV, MALFORMED_CSV, 2" })
	void rejectsBrokenFilesWithTheirLine(String fixture, ImportFormat format, AddressBookFileException.Reason reason,
			int line) {
		assertThatExceptionOfType(AddressBookFileException.class).isThrownBy(() -> read(fixture, format))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(reason))
			.satisfies(ex -> assertThat(ex.lineNumber()).hasValue(line));
	}

	@Test
	void refusesBinaryEmptyAndUnknownFiles() throws IOException {
		assertThatExceptionOfType(AddressBookFileException.class)
			.isThrownBy(() -> TextFile.of(fixture("photo-as-vcf.vcf")))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(AddressBookFileException.Reason.BINARY_DATA));
		assertThatExceptionOfType(AddressBookFileException.class).isThrownBy(() -> TextFile.of(write("empty.vcf", "")))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(AddressBookFileException.Reason.EMPTY_FILE));
		assertThatExceptionOfType(AddressBookFileException.class)
			.isThrownBy(() -> TextFile.of(fixture("unknown-tool.csv")).format())
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(AddressBookFileException.Reason.UNKNOWN_FORMAT));
	}

	@Test
	void stopsAtTheEntryLimit() throws IOException {
		StringBuilder cards = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ").append(i).append("\r\nEND:VCARD\r\n");
		}
		TextFile file = TextFile.of(write("four.vcf", cards.toString()));
		assertThatExceptionOfType(AddressBookFileException.class)
			.isThrownBy(() -> new AddressBookReader(3).read(file, ImportFormat.VCARD, card -> {
			}))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(AddressBookFileException.Reason.TOO_MANY_ENTRIES))
			.satisfies(ex -> assertThat(ex.lineNumber()).hasValue(13));
		assertThat(new AddressBookReader(4).read(file, ImportFormat.VCARD, card -> {
		})).isEqualTo(4);
	}

	@Test
	void readsApplesAnniversariesAndLabelledDatesWithAndWithoutAYear() throws IOException {
		List<ReadCard> cards = read("apple-dates-3.0.vcf", ImportFormat.VCARD);

		ContactCard chidi = cards.get(0).card();
		assertThat(chidi.birthday()).isEqualTo(LocalDate.of(1985, 7, 1));
		assertThat(chidi.dates()).as("an impossible day is left out, the rest kept with their labels")
			.containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2012, 9, 15)),
					new CardDate(DateKind.OTHER, "Name day", new YearlyDate(null, 3, 19)),
					new CardDate(DateKind.OTHER, null, new YearlyDate(2019, 1, 7)));
	}

	private List<ReadCard> read(String fixture, ImportFormat format) throws IOException {
		return AddressBookFixtures.read(this.temp, fixture, format);
	}

	private Path fixture(String name) {
		return AddressBookFixtures.copy(this.temp, name);
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.temp.resolve(name), text);
	}

}
