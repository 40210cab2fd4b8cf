package dev.rapport.importing.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.contact.ContactSummary;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebIntegrationTest
class ImportControllerTests {

	static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	JdbcTemplate jdbc;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
	}

	@Test
	void importPageIsInTheNavigationAndShowsLimits() {
		assertThat(this.mvc.get().uri("/").with(as(this.owner))).bodyText().contains("href=\"/import\"");
		assertThat(this.mvc.get().uri("/import").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Import contacts", "Get a copy of your data",
					"Up to 20 MB and 50,000 entries; a Rapport backup up to 200 MB", "No imports yet.")
			.as("Excel saves \"Unicode text\" as .txt")
			.contains("accept=\".csv,.vcf,.vcard,.txt,");
	}

	@Test
	void uploadPreviewsWithoutWritingThenCommitShowsResultAndHistory() throws IOException {
		String previewUrl = upload(fixture("hidden-members.csv"), "Connections.csv");
		assertThat(this.mvc.get().uri(previewUrl).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Nothing is saved yet. Importing will create 2 contacts, update 0, leave 0 unchanged and skip 3.",
					"Jean Sammet", "Adele Goldberg", "Hidden member")
			.contains("<td>6</td>", "<td>7</td>", "<td>9</td>");
		assertThat(this.contacts.count(this.owner.id())).isZero();

		MvcTestResult commit = this.mvc.post().uri(previewUrl).with(as(this.owner)).with(csrf()).exchange();
		assertThat(commit).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/import/history/");
		assertThat(this.mvc.get().uri(commit.getResponse().getRedirectedUrl()).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Connections.csv: 2 created, 0 updated, 0 unchanged, 3 skipped.", "/contacts?imported=true");
		assertThat(this.contacts.count(this.owner.id())).isEqualTo(2);
		assertThat(this.mvc.get().uri("/import").with(as(this.owner))).bodyText()
			.contains("id=\"import-history\"", "Connections.csv", "18 Nov 2026 10:00");
	}

	@Test
	void reimportingShowsEverythingUnchanged() throws IOException {
		commit(upload(fixture("generation-2024-url.csv"), "Connections.csv"));
		String previewUrl = upload(fixture("generation-2024-url.csv"), "Connections.csv");
		assertThat(this.mvc.get().uri(previewUrl).with(as(this.owner))).bodyText()
			.contains("create no contacts, update 0, leave 2 unchanged and skip 0",
					"Everything in this file is already in Rapport");
	}

	@Test
	void previewShowsWhatAnUpdateChangesAndWhyRowsAreSkipped() {
		commit(upload((HEADER + "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,01 Feb 2020\n")
			.getBytes(StandardCharsets.UTF_8), "Connections.csv"));
		String previewUrl = upload((HEADER + """
				Ana,Lima,https://www.linkedin.com/in/ana-lima,,Kestrel Labs,Engineer,01 Feb 2020
				Ana,Lima,https://www.linkedin.com/in/ana-lima/,,Kestrel Labs,Engineer,01 Feb 2020
				,,,,,,05 May 2022
				""").getBytes(StandardCharsets.UTF_8), "Connections (1).csv");
		assertThat(this.mvc.get().uri(previewUrl).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Preview: Connections (1).csv", "create no contacts, update 1, leave 0 unchanged and skip 2",
					"Will be updated", "Kestrel Labs", "was Acme", "Same person as line 2.", "Hidden member",
					"Import now");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Connections-other-tool.csv|Rapport does not know this kind of file.|Expected a vCard file",
					"unclosed-quote.csv|The file is not valid CSV.|Line 6",
					"empty.csv|The file is empty.|or a Rapport backup",
					"unreadable-date.csv|A connection date cannot be read.|Expected a date like" })
	void rejectedFilesShowWhatIsWrongAndWriteNothing(String fixture, String headline, String detail)
			throws IOException {
		String previewUrl = upload(fixture(fixture), fixture);
		assertThat(this.mvc.get().uri(previewUrl).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("This file cannot be imported. Nothing was saved.", headline, detail);
		assertThat(this.contacts.count(this.owner.id())).isZero();
		assertThat(this.mvc.post().uri(previewUrl).with(as(this.owner)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from import_record where owner_id = ?", Integer.class,
				this.owner.id()))
			.isZero();
	}

	@Test
	void binaryAndNonUtf8FilesAreRejectedWithTheirLine() {
		byte[] binary = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		assertThat(this.mvc.get().uri(upload(binary, "photo.png")).with(as(this.owner))).bodyText()
			// The PNG signature's control character 0x1A stands on the file's second
			// line.
			.contains("The file is not a text file.", "Line 2");
		byte[] latin1 = (HEADER + "Jos\u00E9,Lima,,,,,01 Feb 2020\n").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(this.mvc.get().uri(upload(latin1, "latin1.csv")).with(as(this.owner))).bodyText()
			.contains("The file is not UTF-8 text.", "Line 2");
		assertThat(this.contacts.count(this.owner.id())).isZero();
	}

	@Test
	void uploadWithoutAFileAsksForOne() {
		assertThat(this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
			.with(as(this.owner))
			.with(csrf())).hasStatusOk().bodyText().contains("Choose your contacts file first.");
	}

	@Test
	void fileAboveTheLimitGetsAFriendlyMessage() {
		byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
		assertThat(this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", "huge.csv", "text/csv", tooLarge))
			.with(as(this.owner))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("The file is larger than 20 MB, the most Rapport accepts (200 MB for a Rapport backup)");
		assertThat(this.mvc.get().uri("/import?problem=too-large").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("The file is larger than 20 MB");
	}

	@Test
	void anotherUserCannotPreviewCommitOrDiscardAPendingImport() throws IOException {
		String previewUrl = upload(fixture("generation-2024-url.csv"), "Connections.csv");
		AccountPrincipal intruder = TestUsers.signUp(this.accounts, "Intruder");
		assertThat(this.mvc.get().uri(previewUrl).with(as(intruder))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri(previewUrl).with(as(intruder)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		this.mvc.post().uri(previewUrl + "/discard").with(as(intruder)).with(csrf()).exchange();
		assertThat(this.contacts.count(intruder.id())).isZero();
		assertThat(this.mvc.get().uri(previewUrl).with(as(this.owner))).hasStatusOk();
		long recordId = Long.parseLong(commit(previewUrl).substring("/import/history/".length()));
		assertThat(this.mvc.get().uri("/import/history/" + recordId).with(as(intruder)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void importNeedsASignedInUserAndCsrf() throws IOException {
		assertThat(this.mvc.get().uri("/import")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", "c.csv", "text/csv", fixture("generation-2024-url.csv")))
			.with(as(this.owner))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void discardDeletesThePendingImport() throws IOException {
		String previewUrl = upload(fixture("generation-2024-url.csv"), "Connections.csv");
		assertThat(this.mvc.post().uri(previewUrl + "/discard").with(as(this.owner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/import");
		assertThat(this.mvc.get().uri(previewUrl).with(as(this.owner))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void importedPeopleWithoutHistoryCanBePickedAndLoggedInOneGo() {
		commit(upload((HEADER + """
				Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,01 Feb 2020
				Bo,Chen,https://www.linkedin.com/in/bo-chen,,Globex,Analyst,02 Feb 2020
				Cy,Diaz,https://www.linkedin.com/in/cy-diaz,,Initech,CTO,03 Mar 2025
				""").getBytes(StandardCharsets.UTF_8), "Connections.csv"));
		long ana = idOf("Ana Lima");
		long bo = idOf("Bo Chen");

		assertThat(this.mvc.get().uri("/contacts?imported=true").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Imported, no history yet", "name=\"contactId\"", "I know these people", "Cy Diaz");

		assertThat(this.mvc.get()
			.uri("/interactions/bulk")
			.param("contactId", String.valueOf(ana), String.valueOf(bo))
			.with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("When did you last meet Ana Lima?", "When did you last meet Bo Chen?",
					"name=\"lastMet-" + ana + "\"", "This month", "This year", "Longer ago", "Don&#39;t remember")
			.doesNotContain("type=\"date\"");

		assertThat(this.mvc.post()
			.uri("/interactions/bulk")
			.param("contactId", String.valueOf(ana), String.valueOf(bo))
			.param("lastMet-" + ana, "THIS_MONTH")
			.param("kind", "MEAL", "COFFEE")
			.param("direction", "ME", "MUTUAL")
			.with(as(this.owner))
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/contacts?imported=true");

		// "This month" on 18 November is halfway between the 1st and today.
		assertThat(this.contacts.get(this.owner.id(), ana).lastInteractionOn()).hasToString("2026-11-09");
		assertThat(this.contacts.get(this.owner.id(), bo).lastInteractionOn()).isNull();
		assertThat(this.mvc.get().uri("/contacts?imported=true").with(as(this.owner))).bodyText()
			.doesNotContain("Ana Lima")
			.contains("Bo Chen", "Cy Diaz");
	}

	@Test
	void bulkLogNeedsAnAnswerAndIgnoresOtherUsersContacts() {
		commit(upload((HEADER + "Ana,Lima,https://www.linkedin.com/in/ana-lima,,,,01 Feb 2020\n")
			.getBytes(StandardCharsets.UTF_8), "Connections.csv"));
		long ana = idOf("Ana Lima");
		assertThat(this.mvc.post()
			.uri("/interactions/bulk")
			.param("contactId", String.valueOf(ana))
			.param("kind", "MEAL")
			.param("direction", "ME")
			.with(as(this.owner))
			.with(csrf())).hasStatusOk().bodyText().contains("Say when you last met at least one person.");
		AccountPrincipal intruder = TestUsers.signUp(this.accounts, "Intruder");
		assertThat(this.mvc.post()
			.uri("/interactions/bulk")
			.param("contactId", String.valueOf(ana))
			.param("lastMet-" + ana, "THIS_MONTH")
			.param("kind", "MEAL")
			.param("direction", "ME")
			.with(as(intruder))
			.with(csrf())).hasStatusOk().bodyText().contains("Say when you last met at least one person.");
		assertThat(this.contacts.get(this.owner.id(), ana).lastInteractionOn()).isNull();
	}

	private long idOf(String name) {
		List<ContactSummary> found = this.contacts
			.list(TestUsers.owner(this.owner), new ContactQuery(name, null, false, ContactSort.NAME),
					PageRequest.of(0, 5))
			.getContent();
		assertThat(found).hasSize(1);
		return found.get(0).id();
	}

	/** Uploads and returns the preview URL it redirects to. */
	private String upload(byte[] content, String fileName) {
		MvcTestResult result = this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "text/csv", content))
			.with(as(this.owner))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/import/");
		return result.getResponse().getRedirectedUrl();
	}

	/** Commits and returns the result page's URL. */
	private String commit(String previewUrl) {
		MvcTestResult result = this.mvc.post().uri(previewUrl).with(as(this.owner)).with(csrf()).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return result.getResponse().getRedirectedUrl();
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = ImportControllerTests.class.getResourceAsStream("/linkedin/" + name)) {
			return in.readAllBytes();
		}
	}

}
