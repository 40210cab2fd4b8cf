package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Exports of address books and mail programs beyond the first fixtures, each written byte
 * for byte as its exporter writes it: Outlook in Spanish, Italian and Dutch (the Windows
 * code page), Outlook.com, Outlook saved as Unicode (UTF-16 with a byte order mark),
 * Google's "Outlook CSV", Thunderbird's CSV and vCard, a Samsung phone's vCard 2.1 (every
 * byte quoted-printable, a photo ended by an empty line), a Latin-1 vCard 2.1 without any
 * CHARSET, iCloud's vCard 3.0 and Proton's vCard 4.0.
 */
class RealWorldExportsTests {

	@TempDir
	Path temp;

	@ParameterizedTest
	@CsvSource({ "outlook-spanish.csv, OUTLOOK_CSV", "outlook-italian.csv, OUTLOOK_CSV",
			"outlook-dutch.csv, OUTLOOK_CSV", "outlook-com.csv, OUTLOOK_CSV", "outlook-english-utf16.csv, OUTLOOK_CSV",
			"google-outlook.csv, OUTLOOK_CSV", "android-samsung-2.1.vcf, VCARD", "latin1-2.1.vcf, VCARD",
			"icloud-3.0.vcf, VCARD", "proton-4.0.vcf, VCARD", "thunderbird-4.0.vcf, VCARD",
			"thunderbird.csv, THUNDERBIRD_CSV", "outlook-german-excel.csv, OUTLOOK_CSV",
			"outlook-english-excel-unicode.txt, OUTLOOK_CSV", "outlook-2.1.vcf, VCARD" })
	void recognisesEachExportByItsContent(String fixture, ImportFormat format) throws IOException {
		assertThat(TextFile.of(fixture(fixture)).format()).isEqualTo(format);
	}

	@Test
	void readsOutlookInSpanishWhereSomeColumnsKeepTheirEnglishNames() throws IOException {
		List<ReadCard> cards = read("outlook-spanish.csv", ImportFormat.OUTLOOK_CSV);
		assertThat(cards).hasSize(2);
		ContactCard jose = cards.get(0).card();
		assertThat(jose.firstName()).isEqualTo("José");
		assertThat(jose.lastName()).isEqualTo("Núñez Peña");
		assertThat(jose.company()).isEqualTo("Panadería La Espiga, S.L.");
		assertThat(jose.position()).isEqualTo("Gerente");
		assertThat(jose.emails()).containsExactly(new LabelledValue(null, "jose.nunez@espiga.example"));
		assertThat(jose.phones()).containsExactly(new LabelledValue("mobile", "+34 612 345 678"),
				new LabelledValue("work", "91 555 01 23"));
		assertThat(jose.birthday()).as("day first").isEqualTo(LocalDate.of(1985, 4, 12));
		assertThat(jose.dates()).as("0/0/00 is no date").isEmpty();
		assertThat(jose.tags()).containsExactly("Proveedores", "Pan");
		assertThat(jose.notes()).isEqualTo("Le debo una caña, \"prometido\".");
		assertThat(jose.addresses())
			.containsExactly(new PostalAddress("home", "Calle Mayor 1", "Madrid", null, "28013", "España"));
		assertThat(cards.get(1).card().displayName()).isEqualTo("Begoña Ibáñez");
	}

	@Test
	void readsOutlookInItalianWhereTitoloIsTheCourtesyTitle() throws IOException {
		ContactCard niccolo = read("outlook-italian.csv", ImportFormat.OUTLOOK_CSV).get(0).card();
		assertThat(niccolo.displayName()).isEqualTo("Niccolò Dell'Acqua");
		assertThat(niccolo.company()).isEqualTo("Caffè Città S.r.l.");
		assertThat(niccolo.position()).isEqualTo("Titolare");
		assertThat(niccolo.emails()).extracting(LabelledValue::value).containsExactly("niccolo@caffecitta.example");
		assertThat(niccolo.phones()).containsExactly(new LabelledValue("mobile", "+39 347 123 4567"),
				new LabelledValue("home", "06 1234 5678"));
		assertThat(niccolo.birthday()).isEqualTo(LocalDate.of(1982, 9, 3));
		assertThat(niccolo.dates())
			.containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2010, 7, 14)));
		assertThat(niccolo.tags()).containsExactly("Fornitori");
		assertThat(niccolo.addresses()).extracting(PostalAddress::locality).containsExactly("Roma");
	}

	@Test
	void readsOutlookInDutch() throws IOException {
		ContactCard geert = read("outlook-dutch.csv", ImportFormat.OUTLOOK_CSV).get(0).card();
		assertThat(geert.firstName()).isEqualTo("Geert");
		assertThat(geert.lastName()).as("the particle in the middle name belongs to the surname")
			.isEqualTo("van der Meulen");
		assertThat(geert.company()).isEqualTo("Bakkerij Één B.V.");
		assertThat(geert.position()).isEqualTo("Eigenaar");
		assertThat(geert.emails()).extracting(LabelledValue::value)
			.containsExactly("geert@bakkerij-een.example", "geert.vdmeulen@example.nl");
		assertThat(geert.phones()).containsExactly(new LabelledValue("mobile", "06 12345678"),
				new LabelledValue("work", "020 123 4567"));
		assertThat(geert.birthday()).isEqualTo(LocalDate.of(1979, 2, 28));
		assertThat(geert.dates())
			.containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2012, 9, 15)));
		assertThat(geert.tags()).containsExactly("Leveranciers", "Brood");
		assertThat(geert.notes()).isEqualTo("Scheidt zijn afval in vijf bakken.");
		assertThat(geert.addresses())
			.containsExactly(new PostalAddress("home", "Prinsengracht 263", "Amsterdam", null, "1016 GV", "Nederland"));
	}

	@Test
	void readsOutlookComsOwnHeader() throws IOException {
		List<ReadCard> cards = read("outlook-com.csv", ImportFormat.OUTLOOK_CSV);
		assertThat(cards).hasSize(2);
		ContactCard soren = cards.get(0).card();
		assertThat(soren.displayName()).isEqualTo("Søren Larsen");
		assertThat(soren.emails()).extracting(LabelledValue::value)
			.containsExactly("soren.larsen@example.dk", "soren@larsen.example");
		assertThat(soren.phones()).containsExactly(new LabelledValue("mobile", "+45 20 11 22 33"),
				new LabelledValue("work", "+45 70 10 20 30"));
		assertThat(soren.company()).isEqualTo("Larsen & Co.");
		assertThat(soren.position()).isEqualTo("Arkitekt");
		assertThat(soren.notes()).isEqualTo("Prefers calls before 10.");
		assertThat(soren.addresses())
			.containsExactly(new PostalAddress("work", "Vesterbrogade 1", "København V", null, "1620", "Danmark"));
		assertThat(cards.get(1).card().phones()).extracting(LabelledValue::value).containsExactly("901 06 000");
	}

	@Test
	void readsOutlookSavedAsUnicodeLikeTheSameFileInTheWindowsCodePage() throws IOException {
		TextFile unicode = TextFile.of(fixture("outlook-english-utf16.csv"));
		assertThat(unicode.charset().name()).isEqualTo("UTF-16LE");
		assertThat(read("outlook-english-utf16.csv", ImportFormat.OUTLOOK_CSV))
			.isEqualTo(read("outlook-english.csv", ImportFormat.OUTLOOK_CSV));
		assertThat(read("outlook-english-utf16.csv", ImportFormat.OUTLOOK_CSV).get(0).card().displayName())
			.isEqualTo("Zoë Müller");
	}

	@Test
	void readsUtf16WithoutAByteOrderMarkInsteadOfCallingItBinary() throws IOException {
		byte[] withMark = Files.readAllBytes(fixture("outlook-english-utf16.csv"));
		Path little = Files.write(this.temp.resolve("le.csv"), Arrays.copyOfRange(withMark, 2, withMark.length));
		assertThat(TextFile.of(little).charset().name()).isEqualTo("UTF-16LE");
		String text = new String(withMark, 2, withMark.length - 2, StandardCharsets.UTF_16LE);
		Path big = Files.write(this.temp.resolve("be.csv"), text.getBytes(StandardCharsets.UTF_16BE));
		assertThat(TextFile.of(big).charset().name()).isEqualTo("UTF-16BE");
		List<ReadCard> expected = read("outlook-english.csv", ImportFormat.OUTLOOK_CSV);
		for (Path file : List.of(little, big)) {
			List<ReadCard> cards = new ArrayList<>();
			new AddressBookReader(50_000).read(TextFile.of(file), TextFile.of(file).format(), cards::add);
			assertThat(cards).isEqualTo(expected);
		}
	}

	@Test
	void readsAnExportSavedAgainByASpreadsheetWithSemicolonsOrTabs() throws IOException {
		assertThat(TextFile.of(fixture("outlook-german-excel.csv")).separator()).isEqualTo(';');
		assertThat(read("outlook-german-excel.csv", ImportFormat.OUTLOOK_CSV)).as("German Excel's CSV")
			.isEqualTo(read("outlook-german.csv", ImportFormat.OUTLOOK_CSV));
		assertThat(TextFile.of(fixture("outlook-english-excel-unicode.txt")).separator()).isEqualTo('\t');
		assertThat(read("outlook-english-excel-unicode.txt", ImportFormat.OUTLOOK_CSV)).as("Excel's Unicode text")
			.isEqualTo(read("outlook-english.csv", ImportFormat.OUTLOOK_CSV));
		assertThat(TextFile.of(fixture("outlook-english.csv")).separator()).isEqualTo(',');
	}

	@Test
	void readsGooglesOutlookCsvWithoutGooglesSystemGroupsAsTags() throws IOException {
		List<ReadCard> cards = read("google-outlook.csv", ImportFormat.OUTLOOK_CSV);
		assertThat(cards).hasSize(2);
		ContactCard ingrid = cards.get(0).card();
		assertThat(ingrid.displayName()).isEqualTo("Ingrid Haugen");
		assertThat(ingrid.emails()).extracting(LabelledValue::value).containsExactly("ingrid.haugen@example.no");
		assertThat(ingrid.phones()).containsExactly(new LabelledValue("mobile", "+47 466 88 000"));
		assertThat(ingrid.company()).isEqualTo("Fjord Data AS");
		assertThat(ingrid.position()).isEqualTo("Utvikler");
		assertThat(ingrid.addresses())
			.containsExactly(new PostalAddress("home", "50B Industrigata", "Oslo", null, "0357", "Norway"));
		assertThat(ingrid.tags()).as("myContacts and starred are Google's, not the user's")
			.containsExactly("Restored from Samsung - SM-G950F");
		assertThat(cards.get(1).card().tags()).isEmpty();
	}

	@Test
	void readsASamsungPhonesVCardWithItsPhotoAndAnniversary() throws IOException {
		List<ReadCard> cards = read("android-samsung-2.1.vcf", ImportFormat.VCARD);
		assertThat(cards).hasSize(2);
		ContactCard anne = cards.get(0).card();
		assertThat(anne.firstName()).isEqualTo("Ånne-Marie Bjørg");
		assertThat(anne.lastName()).isEqualTo("Ødegård-Søndergaard-Kristiansen");
		assertThat(anne.company()).isEqualTo("Fjordbåt AS");
		assertThat(anne.position()).isEqualTo("Skipper");
		assertThat(anne.phones()).containsExactly(new LabelledValue("mobile", "+47 912 34 567"),
				new LabelledValue("home", "+47 22 33 44 55"));
		assertThat(anne.emails()).containsExactly(new LabelledValue("home", "anne.marie@example.no"));
		assertThat(anne.birthday()).isEqualTo(LocalDate.of(1981, 7, 30));
		assertThat(anne.notes()).isEqualTo("Møtte henne på båtmessa i Lillestrøm. Snakker gjerne om seiling, kaffe "
				+ "og fjellturer på Jotunheimen hele kvelden.");
		assertThat(anne.photo()).startsWith((byte) 0xFF, (byte) 0xD8).hasSize(5760);
		assertThat(anne.dates()).as("Android keeps an anniversary as X-ANDROID-CUSTOM contact_event type 1")
			.containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2009, 6, 20)));
		assertThat(cards.get(1).card().displayName()).isEqualTo("Kai Berg");
	}

	@Test
	void readsALatin1VCardWithoutCharsetNeitherRawNorQuotedPrintableAsMojibake() throws IOException {
		assertThat(TextFile.of(fixture("latin1-2.1.vcf")).charset().name()).isEqualTo("windows-1252");
		List<ReadCard> cards = read("latin1-2.1.vcf", ImportFormat.VCARD);
		ContactCard juergen = cards.get(0).card();
		assertThat(juergen.displayName()).isEqualTo("Jürgen Müller");
		assertThat(juergen.notes()).isEqualTo("Grüße aus Köln, schöne Straße.");
		assertThat(juergen.emails()).extracting(LabelledValue::value).containsExactly("juergen.mueller@example.de");
		ContactCard jose = cards.get(1).card();
		assertThat(jose.firstName()).isEqualTo("José");
		assertThat(jose.lastName()).isEqualTo("Gómez");
	}

	@Test
	void readsICloudsExportOfSeveralContacts() throws IOException {
		List<ReadCard> cards = read("icloud-3.0.vcf", ImportFormat.VCARD);
		assertThat(cards).hasSize(3);
		ContactCard yuki = cards.get(0).card();
		assertThat(yuki.firstName()).isEqualTo("Yūki");
		assertThat(yuki.lastName()).isEqualTo("Nakamura");
		assertThat(yuki.company()).isEqualTo("Kumo Design");
		assertThat(yuki.position()).isEqualTo("Art Director");
		assertThat(yuki.emails()).containsExactly(new LabelledValue("other", "yuki.nakamura@kumo-design.example.jp"),
				new LabelledValue("home", "yuki@example.jp"));
		assertThat(yuki.phones()).containsExactly(new LabelledValue("mobile", "+81 90-1234-5678"),
				new LabelledValue("studio", "+81 3-1234-5678"));
		assertThat(yuki.addresses())
			.containsExactly(new PostalAddress("work", "4-2-8 Shibakoen", "Minato-ku", "Tokyo", "105-0011", "Japan"));
		assertThat(yuki.birthday()).isEqualTo(LocalDate.of(1990, 1, 31));
		assertThat(yuki.dates())
			.containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2015, 10, 10)));
		assertThat(yuki.notes()).isEqualTo("Met at Tokyo Design Week. Prefers LINE over email.");
		assertThat(yuki.photo()).startsWith((byte) 0xFF, (byte) 0xD8).hasSize(5760);
		ContactCard company = cards.get(1).card();
		assertThat(company.displayName()).isEqualTo("Kumo Design");
		assertThat(company.phones()).extracting(LabelledValue::label).containsExactly("work");
		ContactCard ada = cards.get(2).card();
		assertThat(ada.birthday()).isNull();
		assertThat(ada.birthdayWithoutYear()).isEqualTo("--03-08");
		assertThat(ada.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/adaeze-okonkwo");
	}

	@Test
	void readsProtonsVCard4WithADataUriPhotoAndUpperCaseGroups() throws IOException {
		ContactCard lucia = read("proton-4.0.vcf", ImportFormat.VCARD).get(0).card();
		assertThat(lucia.displayName()).isEqualTo("Lucía Fernández");
		assertThat(lucia.sourceUid()).isEqualTo("proton-web-3f1c2a9e-5b7d-4e2a-9c1f-8a6b4d2e0c13");
		assertThat(lucia.emails()).containsExactly(new LabelledValue("personal", "lucia@proton.example"),
				new LabelledValue("work", "lucia.fernandez@empresa.example"));
		assertThat(lucia.phones()).containsExactly(new LabelledValue("mobile", "+34 600 123 456"));
		assertThat(lucia.birthdayWithoutYear()).isEqualTo("--04-12");
		assertThat(lucia.dates())
			.containsExactly(new CardDate(DateKind.ANNIVERSARY, null, new YearlyDate(2010, 6, 19)));
		assertThat(lucia.company()).isEqualTo("Empresa Ejemplo");
		assertThat(lucia.position()).isEqualTo("Ingeniera");
		assertThat(lucia.tags()).containsExactly("Amigos", "Club de lectura");
		assertThat(lucia.notes()).isEqualTo("Conocida en el club de lectura; le encanta Cortázar.");
		assertThat(lucia.photo()).startsWith((byte) 0xFF, (byte) 0xD8).hasSize(5760);
	}

	@Test
	void readsOutlooksVCardInTheWindowsCodePageWithItsLineBreaksInNotes() throws IOException {
		assertThat(TextFile.of(fixture("outlook-2.1.vcf")).charset().name()).isEqualTo("windows-1252");
		ContactCard juergen = read("outlook-2.1.vcf", ImportFormat.VCARD).get(0).card();
		assertThat(juergen.firstName()).isEqualTo("Jürgen");
		assertThat(juergen.lastName()).isEqualTo("Müller-Lüdenscheidt");
		assertThat(juergen.company()).isEqualTo("Bäckerei Größenwahn GmbH");
		assertThat(juergen.position()).isEqualTo("Inhaber");
		assertThat(juergen.notes()).as("Outlook's CR LF is one line break")
			.isEqualTo("Schuldet mir ein Kölsch.\nKommt immer mit dem Fahrrad.");
		assertThat(juergen.phones()).containsExactly(new LabelledValue("work", "030 1234567"),
				new LabelledValue("mobile", "0151 23456789"));
		assertThat(juergen.emails()).containsExactly(new LabelledValue(null, "juergen@example.de"));
		assertThat(juergen.addresses())
			.containsExactly(new PostalAddress("home", "Hauptstraße 5", "Köln", null, "50667", "Deutschland"));
		assertThat(juergen.birthday()).isEqualTo(LocalDate.of(1979, 2, 28));
	}

	@Test
	void readsThunderbirdsVCardExport() throws IOException {
		ContactCard renee = read("thunderbird-4.0.vcf", ImportFormat.VCARD).get(0).card();
		assertThat(renee.displayName()).isEqualTo("Renée Dubois");
		assertThat(renee.emails()).containsExactly(new LabelledValue(null, "renee@dubois.example"),
				new LabelledValue("work", "r.dubois@atelier.example"));
		assertThat(renee.phones()).containsExactly(new LabelledValue("mobile", "+33 6 98 76 54 32"),
				new LabelledValue("work", "+33 1 23 45 67 89"));
		assertThat(renee.birthday()).isEqualTo(LocalDate.of(1984, 5, 17));
		assertThat(renee.company()).isEqualTo("Atelier Dubois");
		assertThat(renee.position()).isEqualTo("Céramiste");
		assertThat(renee.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/renee-dubois");
		assertThat(renee.addresses()).extracting(PostalAddress::locality).containsExactly("Lyon");
	}

	@Test
	void readsThunderbirdsCsvExportWithItsThreeBirthdayColumns() throws IOException {
		List<ReadCard> cards = read("thunderbird.csv", ImportFormat.THUNDERBIRD_CSV);
		assertThat(cards).hasSize(3);
		ContactCard renee = cards.get(0).card();
		assertThat(renee.displayName()).isEqualTo("Renée Dubois");
		assertThat(renee.emails()).containsExactly(new LabelledValue(null, "renee@dubois.example"),
				new LabelledValue(null, "r.dubois@atelier.example"));
		assertThat(renee.phones()).containsExactly(new LabelledValue("mobile", "+33 6 98 76 54 32"),
				new LabelledValue("work", "+33 1 23 45 67 89"));
		assertThat(renee.addresses())
			.containsExactly(new PostalAddress("home", "12 rue des Lilas", "Lyon", null, "69003", "France"));
		assertThat(renee.company()).isEqualTo("Atelier Dubois");
		assertThat(renee.position()).isEqualTo("Céramiste");
		assertThat(renee.birthday()).isEqualTo(LocalDate.of(1984, 5, 17));
		assertThat(renee.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/renee-dubois");
		assertThat(renee.notes()).isEqualTo("Met at the Lyon pottery fair.");
		assertThat(cards.get(1).card().displayName()).as("only a display name").isEqualTo("newsletter@shop.example");
		ContactCard kai = cards.get(2).card();
		assertThat(kai.birthday()).isNull();
		assertThat(kai.birthdayWithoutYear()).isEqualTo("--02-29");
	}

	private List<ReadCard> read(String fixture, ImportFormat format) throws IOException {
		return AddressBookFixtures.read(this.temp, fixture, format);
	}

	private Path fixture(String name) {
		return AddressBookFixtures.copy(this.temp, name);
	}

}
