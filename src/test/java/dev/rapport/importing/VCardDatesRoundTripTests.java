package dev.rapport.importing;

import java.util.Set;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateCommand;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.ImportantDateView;
import dev.rapport.contact.YearlyDate;
import dev.rapport.importing.export.VCardExporter;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Birthdays, anniversaries and labelled dates leave in the vCard export the way Apple and
 * Google write them, and come back as the same important dates when the file is imported.
 */
@WebIntegrationTest
class VCardDatesRoundTripTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	ImportService imports;

	@Autowired
	ContactService contacts;

	@Autowired
	ImportantDateService dates;

	@Autowired
	VCardExporter exporter;

	@Autowired
	AccountService accounts;

	@Test
	void exportsEveryDateAndImportsThemBackAsTheSameDates() {
		long owner = TestUsers.signUp(this.accounts, "Dates").id();
		long ana = this.contacts.create(owner, new ContactCommand("Ana", "Lima", "ana@example.com", null, null, null,
				null, null, null, null, "--04-12", null, false, Set.of(), null));
		this.dates.create(owner, ana, new ImportantDateCommand(DateKind.ANNIVERSARY, null, "2012-09-15", 3, null),
				TODAY);
		this.dates.create(owner, ana, new ImportantDateCommand(DateKind.ANNIVERSARY, "Wedding", "2015-05-30", 5, null),
				TODAY);
		this.dates.create(owner, ana, new ImportantDateCommand(DateKind.OTHER, "Name day", "--03-19", 3, null), TODAY);

		String vcf = export(owner);
		assertThat(vcf).contains("BDAY:--0412\r\n", "item1.X-ABDATE:2012-09-15\r\n",
				"item1.X-ABLabel:_$!<Anniversary>!$_\r\n", "X-RAPPORT-KIND=ANNIVERSARY:2015-05-30",
				"item2.X-ABLabel:Wedding\r\n", "X-APPLE-OMIT-YEAR=1604:1604-03-19", "ANNIVERSARY:20120915");

		long restoredOwner = TestUsers.signUp(this.accounts, "Restored").id();
		ImportReport first = importVcf(restoredOwner, vcf);
		assertThat(first.created()).isEqualTo(1);
		long restored = this.contacts
			.list(TestUsers.owner(restoredOwner), new ContactQuery("Ana", null, false, null), PageRequest.of(0, 5))
			.getContent()
			.get(0)
			.id();
		assertThat(this.dates.ofContact(restoredOwner, restored))
			.extracting(ImportantDateView::kind, ImportantDateView::label, ImportantDateView::date)
			.containsExactlyInAnyOrder(tuple(DateKind.BIRTHDAY, null, new YearlyDate(null, 4, 12)),
					tuple(DateKind.ANNIVERSARY, null, new YearlyDate(2012, 9, 15)),
					tuple(DateKind.ANNIVERSARY, "Wedding", new YearlyDate(2015, 5, 30)),
					tuple(DateKind.OTHER, "Name day", new YearlyDate(null, 3, 19)));

		ImportReport again = importVcf(restoredOwner, vcf);
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(this.dates.ofContact(restoredOwner, restored)).hasSize(4);
		assertThat(export(restoredOwner)).as("exported again, the dates read the same")
			.contains("BDAY:--0412\r\n", "X-ABDATE:2012-09-15", "item2.X-ABLabel:Wedding\r\n",
					"X-APPLE-OMIT-YEAR=1604:1604-03-19");
	}

	@Test
	void anAppleFilesAnniversariesAndLabelledDatesAreImportedOnce() throws Exception {
		long owner = TestUsers.signUp(this.accounts, "Apple").id();
		byte[] file = AddressBookImportTests.fixtureStream("apple-dates-3.0.vcf").readAllBytes();

		ImportReport first = this.imports.importFile(owner, "apple-dates-3.0.vcf", new ByteArrayInputStream(file),
				false);
		ImportReport second = this.imports.importFile(owner, "apple-dates-3.0.vcf", new ByteArrayInputStream(file),
				false);

		assertThat(first.created()).isEqualTo(1);
		assertThat(second.unchanged()).as("matched by the card's UID; its dates are known").isEqualTo(1);
		long chidi = this.contacts
			.list(TestUsers.owner(owner), new ContactQuery("Chidi", null, false, null), PageRequest.of(0, 5))
			.getContent()
			.get(0)
			.id();
		assertThat(this.dates.ofContact(owner, chidi))
			.extracting(ImportantDateView::kind, ImportantDateView::label, ImportantDateView::date)
			.containsExactlyInAnyOrder(tuple(DateKind.BIRTHDAY, null, new YearlyDate(1985, 7, 1)),
					tuple(DateKind.ANNIVERSARY, null, new YearlyDate(2012, 9, 15)),
					tuple(DateKind.OTHER, "Name day", new YearlyDate(null, 3, 19)),
					tuple(DateKind.OTHER, null, new YearlyDate(2019, 1, 7)));
	}

	private String export(long owner) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exporter.writeAll(owner, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private ImportReport importVcf(long owner, String vcf) {
		return this.imports.importFile(owner, "contacts.vcf",
				new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)), false);
	}

}
