package dev.rapport.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone's address book comes in and goes out again, and a person who ended up in
 * Rapport twice becomes one: a vCard file (Apple's, with a year-less birthday and an
 * anniversary) is previewed and imported, the "Your data" page's vCard download holds
 * those people with their dates, and a card typed by hand for someone the file already
 * had is found on "Possible duplicates" and merged, choosing the name from one card and
 * keeping everything else of both.
 */
@BrowserTest
class AddressBookJourneyTests {

	@Test
	void importAVCardExportItAndMergeTheDuplicate(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();

		rapport.previewImport("address-book.vcf");
		assertThat(browser.text(By.id("preview-summary"))).isEqualTo(
				"Nothing is saved yet. Importing will create 2 contacts, update 0, leave 0 unchanged and skip 0.");
		assertThat(browser.text(By.id("preview-format"))).isEqualTo("File: vCard");
		assertThat(browser.text(By.id("preview-created"))).contains("Ana Lima", "Bob Smith", "Kestrel Labs");
		rapport.commitImport();
		assertThat(browser.text(By.id("import-result")))
			.isEqualTo("address-book.vcf: 2 created, 0 updated, 0 unchanged, 0 skipped.");

		browser.open("/settings/data");
		assertThat(browser.driver().findElement(By.id("download-vcard")).getDomAttribute("href"))
			.isEqualTo("/settings/data/contacts.vcf");
		String vcf = download(browser, "/settings/data/contacts.vcf");
		assertThat(vcf).contains("FN:Ana Lima", "ana@kestrel.example", "BDAY:--0412", "item1.X-ABDATE:2012-09-15",
				"item1.X-ABLabel:_$!<Anniversary>!$_", "FN:Bob Smith", "UID:E2E-BOB-0002");
		assertThat(download(browser, "/settings/data/backup.json")).contains("\"format\":\"rapport-backup\"",
				"\"firstName\":\"Ana\",\"lastName\":\"Lima\"", "\"firstName\":\"Bob\",\"lastName\":\"Smith\"");

		String robert = rapport.addContact(
				new Rapport.ContactInput("Robert", "Smith", "Kestrel Labs", null, "climbing", null, "Prefers Robert."));
		browser.open("/contacts");
		browser.follow("Possible duplicates");
		assertThat(browser.heading()).isEqualTo("Possible duplicates");
		assertThat(browser.text(By.id("duplicates"))).contains("Bob Smith", "Robert Smith",
				"Similar name, same company");

		browser.follow("Compare and merge");
		assertThat(browser.heading()).isEqualTo("Merge two contacts");
		assertThat(browser.text(By.id("merge-row-NAME"))).contains("Bob Smith", "Robert Smith");
		assertThat(browser.text(By.id("merge-row-PHONE"))).contains("+44 20 7946 0001");
		browser.check("side-NAME-OTHER");
		browser.press("Merge Robert Smith into Bob Smith");

		assertThat(browser.path()).matches("/contacts/\\d+").isNotEqualTo(robert);
		assertThat(browser.heading()).isEqualTo("Robert Smith");
		assertThat(browser.text(By.id("toasts"))).contains("Robert Smith was merged into this contact.");
		assertThat(browser.text()).contains("+44 20 7946 0001", "Kestrel Labs", "climbing", "Prefers Robert.");
		browser.open(robert);
		assertThat(browser.text()).as("the hand-made card is gone").doesNotContain("Prefers Robert.");

		browser.open("/contacts/duplicates");
		assertThat(browser.text(By.id("no-duplicates"))).startsWith("No likely duplicates");
	}

	/**
	 * What a download link serves, fetched in the signed-in page (a headless browser
	 * saves no files).
	 */
	private static String download(Browser browser, String path) {
		return (String) browser.driver()
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0]).then(response => response.text()).then(done, error => done('failed: ' + error));",
					path);
	}

}
