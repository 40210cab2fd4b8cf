package dev.rapport.api;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.followup.FollowUpFilter;
import dev.rapport.followup.FollowUpService;
import dev.rapport.support.ServerIntegrationTest;
import dev.rapport.support.TestUsers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the README's curl examples (src/test/resources/api/curl-examples.sh) against the
 * real server over HTTP, so the documentation cannot drift from the API.
 */
@ServerIntegrationTest
class CurlExamplesTests {

	static final String PASSWORD = TestUsers.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	FollowUpService followUps;

	@Test
	void theReadmeExamplesWorkAgainstARunningServer() throws Exception {
		assumeTrue(succeeds("command -v curl"), "curl is not installed, so the README's curl examples cannot run");
		AccountPrincipal user = this.accounts
			.signUp(new SignUp("Curl User", "curl-" + System.nanoTime() + "@example.com", PASSWORD, "Europe/Berlin"));
		File script = new ClassPathResource("api/curl-examples.sh").getFile();

		ProcessBuilder builder = new ProcessBuilder("bash", script.getAbsolutePath()).redirectErrorStream(true);
		builder.environment().put("RAPPORT_URL", "http://localhost:" + this.port);
		builder.environment().put("RAPPORT_EMAIL", user.email());
		builder.environment().put("RAPPORT_PASSWORD", PASSWORD);
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("script finished in time").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.exitValue()).as(output).isZero();
		var followUp = this.followUps
			.list(user.id(), new FollowUpFilter(null, FollowUpFilter.Status.ALL), LocalDate.of(2026, 11, 18),
					PageRequest.of(0, 10))
			.getContent();
		assertThat(followUp).singleElement().satisfies(done -> {
			assertThat(done.completedOn()).hasToString("2026-11-18");
			assertThat(output).contains("\"contactId\":" + done.contact().id(),
					"\"participantIds\":[" + done.contact().id() + "]", "\"id\":" + done.interactionId());
		});
		assertThat(output)
			.contains("token created: curl examples", "\"firstName\":\"Ana\"", "\"kind\":\"COFFEE\"",
					"\"tags\":[\"climbing\"]", "\"title\":\"Send the route topo\"", "\"completedOn\":\"2026-11-18\"",
					"score: {\"score\":", "\"dryRun\":true", "\"created\":1")
			.doesNotContain("rap_");
	}

	private static boolean succeeds(String command) throws Exception {
		Process process = new ProcessBuilder("bash", "-c", command).start();
		return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
	}

}
