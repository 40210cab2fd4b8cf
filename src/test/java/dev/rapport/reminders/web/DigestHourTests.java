package dev.rapport.reminders.web;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.reminders.DigestSettingsCommand;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The digest's hour is one of the hours {@link DigestSettingsCommand} accepts, stated
 * once: the settings page offers exactly those, and the form refuses any other.
 */
@WebIntegrationTest
class DigestHourTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Hours");
	}

	@Test
	void theSettingsPageOffersEveryHourTheDigestAccepts() throws Exception {
		String page = this.mvc.get()
			.uri("/settings/reminders")
			.with(as(this.owner))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(Jsoup.parse(page).select("select#hour option")).extracting(Element::val)
			.containsExactly(IntStream.rangeClosed(DigestSettingsCommand.FIRST_HOUR, DigestSettingsCommand.LAST_HOUR)
				.mapToObj(Integer::toString)
				.toArray(String[]::new))
			.hasSize(24);
	}

	@Test
	void theFormRefusesAnHourAfterTheLast() {
		assertThat(this.mvc.post()
			.uri("/settings/reminders/digest")
			.with(as(this.owner))
			.with(csrf())
			.param("enabled", "true")
			.param("dayOfWeek", "MONDAY")
			.param("hour", Integer.toString(DigestSettingsCommand.LAST_HOUR + 1))).hasStatusOk()
			.bodyText()
			.contains("is-invalid");
	}

}
