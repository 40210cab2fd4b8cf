package dev.rapport.contact.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Add someone and log your first interaction" on the empty dashboard: adding the person
 * continues to the log form with them chosen, and logging lands back on the dashboard
 * with a toast.
 */
@WebIntegrationTest
class FirstLogFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
	}

	@Test
	void emptyDashboardLeadsThroughAddingSomeoneToLoggingAndBack() {
		assertThat(this.mvc.get().uri("/").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("href=\"/contacts/new?then=log\"", "Add someone and log your first interaction");
		assertThat(this.mvc.get().uri("/contacts/new?then=log").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("name=\"then\" value=\"log\"");

		MvcTestResult added = this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana")
			.param("then", "log")
			.exchange();
		assertThat(added).hasStatus(HttpStatus.FOUND);
		String logForm = added.getResponse().getRedirectedUrl();
		Matcher toLog = Pattern.compile("/interactions/new\\?contactId=(\\d+)&returnTo=/").matcher(logForm);
		assertThat(toLog.matches()).as(logForm).isTrue();
		String ana = toLog.group(1);

		assertThat(this.mvc.get().uri(logForm).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.containsPattern("value=\"" + ana + "\"[^>]*checked")
			.contains("name=\"returnTo\" value=\"/\"");

		assertThat(this.mvc.post()
			.uri("/interactions")
			.with(as(this.owner))
			.with(csrf())
			.param("date", "2026-11-18")
			.param("kind", "COFFEE")
			.param("direction", "MUTUAL")
			.param("participantIds", ana)
			.param("returnTo", "/")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/")
			.flash()
			.containsKeys("flashKey", "flashUndo");
	}

	@Test
	void addingSomeoneWithoutTheFirstLogStepStillOpensTheirPage() {
		assertThat(this.mvc.get().uri("/contacts/new").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.doesNotContain("name=\"then\"");
		assertThat(this.mvc.post().uri("/contacts").with(as(this.owner)).with(csrf()).param("firstName", "Ben"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.matches("/contacts/\\d+");
	}

	@Test
	void aRefusedFirstContactKeepsTheFirstLogStep() {
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", " ")
			.param("then", "log")).hasStatusOk().bodyText().contains("is-invalid", "name=\"then\" value=\"log\"");
	}

}
