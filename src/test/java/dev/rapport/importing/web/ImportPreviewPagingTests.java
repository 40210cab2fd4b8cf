package dev.rapport.importing.web;

import java.nio.charset.StandardCharsets;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The import preview lists every row, page by page, each section paged on its own: 120
 * new people and 60 hidden members are three pages of "Will be created" and two of
 * "Skipped".
 */
@WebIntegrationTest
class ImportPreviewPagingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	AccountPrincipal owner;

	String preview;

	@BeforeEach
	void uploadABigFile() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
		StringBuilder csv = new StringBuilder(ImportControllerTests.HEADER);
		for (int i = 1; i <= 120; i++) {
			csv.append(String.format("Pat,N%03d,https://www.linkedin.com/in/pat-n%03d,,Acme,Engineer,01 Feb 2020%n", i,
					i));
			if (i % 2 == 0) {
				csv.append(",,,,,,05 May 2022\n");
			}
		}
		MvcTestResult result = this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", "Connections.csv", "text/csv",
					csv.toString().getBytes(StandardCharsets.UTF_8)))
			.with(as(this.owner))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		this.preview = result.getResponse().getRedirectedUrl();
	}

	@Test
	void theFirstPageOfEachSectionListsFiftyRowsAndLinksToTheNext() {
		assertThat(this.mvc.get().uri(this.preview).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("create 120 contacts", ">Pat N001<", ">Pat N050<", "Rows 1–50 of 120 (page 1 of 3)",
					"Rows 1–50 of 60 (page 1 of 2)", "href=\"" + this.preview + "?created=2#preview-created\"",
					"href=\"" + this.preview + "?skipped=2#preview-skipped\"")
			.doesNotContain(">Pat N051<", "Showing the first");
		assertThat(this.contacts.count(this.owner.id())).isZero();
	}

	@Test
	void aLaterPageListsTheNextRowsAndKeepsTheOtherSectionsPage() {
		assertThat(this.mvc.get().uri(this.preview + "?created=2&skipped=2").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains(">Pat N051<", ">Pat N100<", "Rows 51–100 of 120 (page 2 of 3)", "Rows 51–60 of 60 (page 2 of 2)",
					"href=\"" + this.preview + "?skipped=2#preview-created\"",
					"href=\"" + this.preview + "?created=3&amp;skipped=2#preview-created\"",
					"href=\"" + this.preview + "?created=2#preview-skipped\"")
			.doesNotContain(">Pat N050<", ">Pat N101<");
	}

	@Test
	void aPagePastTheEndShowsTheLastOneAndNonsenseTheFirst() {
		assertThat(this.mvc.get().uri(this.preview + "?created=99").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains(">Pat N101<", ">Pat N120<", "Rows 101–120 of 120 (page 3 of 3)")
			.doesNotContain(">Pat N100<", "?created=4");
		assertThat(this.mvc.get().uri(this.preview + "?created=abc&skipped=-3").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains(">Pat N001<", "Rows 1–50 of 120 (page 1 of 3)", "Rows 1–50 of 60 (page 1 of 2)");
	}

}
