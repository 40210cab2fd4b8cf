package dev.rapport.reminders;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.NewAccessToken;
import dev.rapport.support.MailServer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Send it now" over the API on an installation with a mail server: 202 once the server
 * took the email, a 503 problem detail while the server is down (nothing was sent; try
 * again later).
 */
class DigestSendApiTests extends MailTestSupport {

	@Autowired
	AccessTokenService tokens;

	@Test
	void sendNowHandsTheDigestToTheMailServer() {
		AccountPrincipal ana = signUp("Ana", "Europe/Lisbon");

		MvcTestResult sent = send(ana);

		assertThat(sent).hasStatus(202);
		assertThat(MailServer.to(ana.email())).hasSize(1);
	}

	@Test
	void aMailServerThatIsDownIsA503ProblemAndNothingIsSent() {
		AccountPrincipal ben = signUp("Ben", "UTC");
		MailServer.stop();
		MvcTestResult refused;
		try {
			refused = send(ben);
		}
		finally {
			MailServer.start();
		}

		assertThat(refused).hasStatus(503);
		assertThat(refused).hasContentType("application/problem+json");
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("try again");
		assertThat(MailServer.to(ben.email())).isEmpty();
	}

	private MvcTestResult send(AccountPrincipal user) {
		String token = this.tokens.create(user.id(), new NewAccessToken("digest")).token();
		return this.mvc.post()
			.uri("/api/v1/digest/send")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
	}

}
