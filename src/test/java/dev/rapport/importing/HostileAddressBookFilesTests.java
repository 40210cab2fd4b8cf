package dev.rapport.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactLimits;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.importing.addressbook.AddressBookFileException;
import dev.rapport.importing.addressbook.AddressBookFileException.Reason;
import dev.rapport.support.HostileFiles;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files no address book writes, built to make the reader hold a lot: each is refused with
 * its reason and line before the parser holds it whole, and nothing of it is written. The
 * files are built here rather than checked in (one is 19 MB).
 */
@WebIntegrationTest
class HostileAddressBookFilesTests {

	@Autowired
	ImportService imports;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	long owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Hostile").id();
	}

	@Test
	void aCsvWithTenThousandColumns() {
		refused("columns.csv", HostileFiles.tenThousandColumns(), Reason.MALFORMED_CSV, 1, "more than 1,000 columns");
	}

	@Test
	void aCsvRowOfOneNineteenMegabyteLine() {
		String header = "First Name,Last Name,E-mail Address,Notes\r\n";
		refused("long-row.csv", (header + "Ana,Lima,ana@example.com," + "a".repeat(HostileFiles.NINETEEN_MB) + "\r\n")
			.getBytes(StandardCharsets.UTF_8), Reason.MALFORMED_CSV, 2, "longer than 1,048,576 characters");
	}

	@Test
	void aCsvThatIsOneNineteenMegabyteLine() {
		refused("one-line.csv", ("First Name," + "a".repeat(HostileFiles.NINETEEN_MB)).getBytes(StandardCharsets.UTF_8),
				Reason.MALFORMED_CSV, 1, "longer than 1,048,576 characters");
	}

	@Test
	void aVCardPropertyOfNineteenMegabytes() {
		refused("long-note.vcf", HostileFiles.vCardWithANineteenMegabyteNote(), Reason.MALFORMED_VCARD, 4,
				"longer than 8,388,608 characters");
	}

	@Test
	void aVCardPropertyFoldedOverNineteenMegabytesOfLines() {
		StringBuilder file = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nPHOTO;ENCODING=b:");
		String line = "\r\n " + "A".repeat(74);
		while (file.length() < HostileFiles.NINETEEN_MB) {
			file.append(line);
		}
		file.append("\r\nEND:VCARD\r\n");
		refused("folded-photo.vcf", file.toString().getBytes(StandardCharsets.UTF_8), Reason.MALFORMED_VCARD, 4,
				"longer than 8,388,608 characters");
	}

	@Test
	void aPropertyFoldedFiftyThousandTimesIsReadAndCutLikeAnyLongNote() {
		StringBuilder file = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nNOTE:x");
		for (int i = 0; i < 50_000; i++) {
			file.append("\r\n x");
		}
		file.append("\r\nEND:VCARD\r\n");
		String token = stage("folded.vcf", file.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(this.imports.commit(this.owner, token).created()).isEqualTo(1);
		List<ContactDetails> found = this.contacts
			.listDetails(TestUsers.owner(this.owner), new ContactQuery("Lima", null, false, ContactSort.NAME),
					PageRequest.of(0, 10))
			.getContent();
		assertThat(found).singleElement()
			.satisfies(ana -> assertThat(ana.notes()).hasSize(ContactLimits.NOTES).matches("x+"));
	}

	private void refused(String name, byte[] bytes, Reason reason, int line, String problem) {
		String token = stage(name, bytes);
		assertThatExceptionOfType(AddressBookFileException.class)
			.isThrownBy(() -> this.imports.commit(this.owner, token))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(reason))
			.satisfies(ex -> assertThat(ex.lineNumber()).hasValue(line))
			.withMessageContaining(problem);
		assertThat(this.contacts.count(this.owner)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from import_record where owner_id = ?", Integer.class,
				this.owner))
			.isZero();
	}

	private String stage(String name, byte[] bytes) {
		return this.imports.stage(this.owner, name, new ByteArrayInputStream(bytes));
	}

}
