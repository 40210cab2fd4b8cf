package dev.rapport.importing;

import java.util.Set;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.rapport.account.AccountService;
import dev.rapport.contact.AddressBookContacts;
import dev.rapport.contact.ContactChannels;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.ImportantDateView;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.YearlyDate;
import dev.rapport.importing.addressbook.AddressBookFileException;
import dev.rapport.support.NameSortKeys;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@WebIntegrationTest
class AddressBookImportTests {

	@Autowired
	ImportService imports;

	@Autowired
	ContactService contacts;

	@Autowired
	AddressBookContacts addressBooks;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportantDateService dates;

	long owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "AddressBook").id();
	}

	@Test
	void previewAndCommitAgreeAndTheSameFileTwiceCreatesNothing() {
		ImportPreview preview = this.imports.preview(this.owner, stage("apple-contacts-3.0.vcf"));
		assertThat(preview.format()).isEqualTo(ImportFormat.VCARD);
		assertThat(preview.created()).isEqualTo(3);
		assertThat(this.contacts.count(this.owner)).isZero();

		ImportSummary committed = this.imports.commit(this.owner, preview.token());
		assertThat(committed.created()).isEqualTo(preview.created());
		assertThat(committed.format()).isEqualTo(ImportFormat.VCARD);
		assertThat(this.contacts.count(this.owner)).isEqualTo(3);

		ImportPreview again = this.imports.preview(this.owner, stage("apple-contacts-3.0.vcf"));
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(3);
		ImportSummary second = this.imports.commit(this.owner, again.token());
		assertThat(second.unchanged()).isEqualTo(3);
		assertThat(this.contacts.count(this.owner)).isEqualTo(3);
		assertThat(this.imports.history(this.owner)).extracting(ImportSummary::format)
			.containsExactly(ImportFormat.VCARD, ImportFormat.VCARD);
	}

	@Test
	void aContactKeepsEveryLabelledEmailPhoneAddressTagAndAPhoto() {
		commit("apple-contacts-3.0.vcf");
		ContactDetails anne = only("Søndergaard");
		assertThat(anne.email()).isEqualTo("anne.mette.soendergaard-kristiansen@kestrel-labs.example.com");
		assertThat(anne.phone()).isEqualTo("+45 20 12 34 56");
		assertThat(anne.company()).isEqualTo("Kestrel Labs");
		assertThat(anne.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/anne-mette-sk");
		assertThat(anne.tags()).containsExactlyInAnyOrder("climbing", "Copenhagen");
		assertThat(anne.notes()).startsWith("Met at the Aarhus climbing festival.");
		ContactChannels channels = this.addressBooks.channels(this.owner, anne.id());
		assertThat(channels.emails()).extracting(LabelledValue::label).containsExactly("work", "family mailbox");
		assertThat(channels.phones()).extracting(LabelledValue::label).containsExactly("mobile", "home");
		assertThat(channels.addresses()).hasSize(1);
		assertThat(channels.hasPhoto()).isTrue();
		byte[] photo = this.addressBooks.photo(this.owner, anne.id()).orElseThrow();
		assertThat(photo).startsWith((byte) 0xFF, (byte) 0xD8);
		assertThat(photo.length).isLessThan(40_000);
		// The company-only card becomes a contact named after the company (listed by
		// name:
		// "Ånne" as "Anne", before "Kestrel").
		assertThat(this.contacts
			.listDetails(TestUsers.owner(this.owner), new ContactQuery("Kestrel", null, false, ContactSort.NAME),
					PageRequest.of(0, 10))
			.getContent()).extracting(ContactDetails::displayName)
			.containsExactly("Ånne-Mette Ølgaard Søndergaard-Kristiansen", "Kestrel Labs");
	}

	@Test
	void aPersonFromLinkedInIsCompletedNotDuplicatedAndHandEditsStay() {
		long chidi = this.contacts.create(this.owner, new ContactCommand("Chidi", "O.", "chidi@example.org", null,
				"Hand-typed Co", null, null, null, null, "My own note", null, null, false, Set.of("ethics"), null));
		ImportPreview preview = this.imports.preview(this.owner, stage("apple-contacts-3.0.vcf"));
		assertThat(preview.created()).isEqualTo(2);
		assertThat(preview.updated()).isEqualTo(1);
		this.imports.commit(this.owner, preview.token());
		ContactDetails after = this.contacts.get(this.owner, chidi);
		assertThat(after.lastName()).isEqualTo("O.");
		assertThat(after.company()).isEqualTo("Hand-typed Co");
		assertThat(after.notes()).isEqualTo("My own note");
		assertThat(after.birthday()).hasToString("1988-11-03");
		assertThat(this.contacts.count(this.owner)).isEqualTo(3);
	}

	@Test
	void matchesAcrossFormatsByEmailPhoneAndLinkedInUrl() {
		commit("google-current.csv");
		long before = this.contacts.count(this.owner);
		// The older Google export lists Tomás again with his work email in upper case.
		ImportPreview legacy = this.imports.preview(this.owner, stage("google-legacy.csv"));
		assertThat(legacy.created()).isEqualTo(1);
		assertThat(legacy.created() + legacy.updated() + legacy.unchanged()).isEqualTo(2);
		this.imports.commit(this.owner, legacy.token());
		assertThat(this.contacts.count(this.owner)).isEqualTo(before + 1);

		// Mai Ng's number is written differently from Jürgen's, and Android's Jürgen
		// matches Outlook's by email.
		commit("outlook-german.csv");
		long withGerman = this.contacts.count(this.owner);
		ImportPreview android = this.imports.preview(this.owner, stage("android-2.1.vcf"));
		assertThat(android.created()).isEqualTo(1);
		assertThat(android.updated() + android.unchanged()).isEqualTo(1);
		assertThat(android.skipped()).isEqualTo(1);
		assertThat(android.skippedRows()).extracting(ImportRow::skipReason)
			.containsExactly(ImportRow.SkipReason.NO_NAME_OR_CONTACT);
		this.imports.commit(this.owner, android.token());
		assertThat(this.contacts.count(this.owner)).isEqualTo(withGerman + 1);
		ContactDetails juergen = only("Lüdenscheidt");
		assertThat(this.addressBooks.channels(this.owner, juergen.id()).phones()).extracting(LabelledValue::value)
			.contains("0151 23456789", "030 1234567", "+49 151 2345 6789");
		// Every imported contact carries the list's sort keys of its names.
		assertThat(NameSortKeys.staleRows(this.jdbc)).isEmpty();
	}

	@Test
	void theSamePersonTwiceInOneFileIsImportedOnce() {
		String twice = """
				BEGIN:VCARD\r
				VERSION:3.0\r
				FN:Ana Lima\r
				EMAIL:ana@example.com\r
				END:VCARD\r
				BEGIN:VCARD\r
				VERSION:3.0\r
				FN:Ana Lima (work)\r
				EMAIL:ANA@example.com\r
				END:VCARD\r
				""";
		ImportPreview preview = this.imports.preview(this.owner,
				stage("twice.vcf", twice.getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.created()).isEqualTo(1);
		assertThat(preview.skippedRows()).singleElement().satisfies(row -> {
			assertThat(row.skipReason()).isEqualTo(ImportRow.SkipReason.DUPLICATE);
			assertThat(row.lineNumber()).isEqualTo(6);
			assertThat(row.sameAsLine()).isEqualTo(1);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "truncated.vcf", "text-between-cards.vcf", "nested-too-deep.vcf", "photo-as-vcf.vcf",
			"unknown-tool.csv", "unclosed-quote-google.csv", "extra-columns-outlook.csv" })
	void hostileAndBrokenFilesAreRefusedWithNothingWritten(String fixture) {
		String token = stage(fixture);
		assertThatExceptionOfType(AddressBookFileException.class)
			.isThrownBy(() -> this.imports.commit(this.owner, token));
		assertThat(this.contacts.count(this.owner)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from import_record where owner_id = ?", Integer.class,
				this.owner))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from contact_email where owner_id = ?", Integer.class,
				this.owner))
			.isZero();
	}

	@Test
	void aPhotoClaimingAHugeCanvasIsDroppedButThePersonIsKept() {
		commit("photo-bomb.vcf");
		ContactDetails bomb = only("Bomb");
		assertThat(this.addressBooks.channels(this.owner, bomb.id()).hasPhoto()).isFalse();
	}

	@Test
	void anotherUsersContactsAreNeverMatchedOrTouched() {
		long other = TestUsers.signUp(this.accounts, "Other").id();
		String otherToken = this.imports.stage(other, "apple.vcf", fixtureStream("apple-contacts-3.0.vcf"));
		this.imports.commit(other, otherToken);
		ImportPreview mine = this.imports.preview(this.owner, stage("apple-contacts-3.0.vcf"));
		assertThat(mine.created()).isEqualTo(3);
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.imports.preview(other, mine.token()));
	}

	@Test
	void anniversariesAndEventsOfOutlookAndGoogleCsvBecomeImportantDatesOnceEach() {
		commit("outlook-german.csv");
		commit("google-current.csv");
		ContactDetails juergen = only("Lüdenscheidt");
		assertThat(this.dates.ofContact(this.owner, juergen.id()))
			.extracting(ImportantDateView::kind, ImportantDateView::label, ImportantDateView::date)
			.containsExactlyInAnyOrder(tuple(DateKind.BIRTHDAY, null, new YearlyDate(1979, 2, 28)),
					tuple(DateKind.ANNIVERSARY, null, new YearlyDate(2012, 9, 15)));
		ContactDetails grace = only("Hopper");
		assertThat(this.dates.ofContact(this.owner, grace.id()))
			.extracting(ImportantDateView::kind, ImportantDateView::label, ImportantDateView::date)
			.containsExactlyInAnyOrder(tuple(DateKind.BIRTHDAY, null, new YearlyDate(null, 12, 9)),
					tuple(DateKind.OTHER, "Name day", new YearlyDate(null, 3, 19)));

		commit("google-current.csv");
		assertThat(this.dates.ofContact(this.owner, grace.id())).as("the same file again adds no date").hasSize(2);
	}

	@Test
	void aFileStoredInSeveralPartsImportsWholeWhereAPartEndsInsideACharacter() {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		// "é" (2 bytes) split by the first part boundary, "佐" (3 bytes) by the second.
		String renee = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dubois;Ren";
		file.writeBytes(fillerCard("Filler One", PendingImports.PART_SIZE - 1 - renee.length()));
		file.writeBytes((renee + "ée;;;\r\nFN:Renée Dubois\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8));
		String hanako = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:";
		file.writeBytes(fillerCard("Filler Two", 2 * PendingImports.PART_SIZE - 2 - file.size() - hanako.length()));
		file.writeBytes((hanako + "佐藤;花子;;;\r\nFN:佐藤 花子\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] bytes = file.toByteArray();
		assertThat(bytes[PendingImports.PART_SIZE - 1]).isEqualTo((byte) 0xC3);
		assertThat(bytes[2 * PendingImports.PART_SIZE - 2]).isEqualTo((byte) 0xE4);

		ImportPreview preview = this.imports.preview(this.owner, stage("three-parts.vcf", bytes));
		assertThat(preview.format()).isEqualTo(ImportFormat.VCARD);
		assertThat(preview.created()).isEqualTo(4);
		assertThat(this.imports.commit(this.owner, preview.token()).created()).isEqualTo(4);
		assertThat(only("Dubois").firstName()).isEqualTo("Renée");
		assertThat(only("Dubois").notes()).isNull();
		ContactDetails hanakoSato = only("花子");
		assertThat(hanakoSato.firstName()).isEqualTo("花子");
		assertThat(hanakoSato.lastName()).isEqualTo("佐藤");
	}

	/**
	 * An ASCII card of exactly this many bytes, padded with a property no import reads.
	 */
	private static byte[] fillerCard(String name, int size) {
		StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\n");
		String end = "END:VCARD\r\n";
		String line = "X-FILLER:" + "x".repeat(60) + "\r\n";
		while (size - card.length() - end.length() > 2 * line.length()) {
			card.append(line);
		}
		int lastLength = size - card.length() - end.length();
		card.append("X-FILLER:").append("x".repeat(lastLength - 11)).append("\r\n");
		card.append(end);
		assertThat(card).hasSize(size);
		return card.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private void commit(String fixture) {
		this.imports.commit(this.owner, stage(fixture));
	}

	private ContactDetails only(String text) {
		List<ContactDetails> found = this.contacts
			.listDetails(TestUsers.owner(this.owner), new ContactQuery(text, null, false, ContactSort.NAME),
					PageRequest.of(0, 10))
			.getContent();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private String stage(String fixture) {
		return this.imports.stage(this.owner, fixture, fixtureStream(fixture));
	}

	private String stage(String name, byte[] bytes) {
		return this.imports.stage(this.owner, name, new ByteArrayInputStream(bytes));
	}

	static InputStream fixtureStream(String fixture) {
		try {
			return new ByteArrayInputStream(
					AddressBookImportTests.class.getResourceAsStream("/addressbook/" + fixture).readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
