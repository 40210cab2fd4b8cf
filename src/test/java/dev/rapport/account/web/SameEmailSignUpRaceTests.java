package dev.rapport.account.web;

import java.util.List;
import java.util.UUID;

import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Open registration, one email typed by ten people at once: one account, nine form
 * messages, no errors.
 */
@WebIntegrationTest
class SameEmailSignUpRaceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void parallelSignUpsWithOneEmailCreateOneAccount() throws Exception {
		String email = "twin-" + UUID.randomUUID() + "@example.com";

		List<MvcTestResult> answers = SignUpRaceTests.inParallel(10,
				i -> this.mvc.post()
					.uri("/signup")
					.with(csrf())
					.param("displayName", "Twin " + i)
					.param("email", email)
					.param("password", TestUsers.PASSWORD)
					.param("timeZone", "Europe/Lisbon")
					.exchange());

		assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email))
			.isEqualTo(1);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 302).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 200)
			.hasSize(9)
			.allSatisfy(answer -> assertThat(answer).bodyText().contains("An account with this email already exists."));
	}

}
