package dev.rapport;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle keeps its count in the database: two instances on one database
 * share one budget of failures, and a restart forgets none of them. Over real HTTP, with
 * the client address set the way a trusted reverse proxy sets it (X-Forwarded-For from
 * loopback), so each run guesses from addresses of its own. On a file H2 in the ordinary
 * run; on the run's PostgreSQL database in the {@code postgresql} one.
 */
class SignInThrottleInstanceTests {

	static final String PASSWORD = TestUsers.PASSWORD;

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path dataDirectory;

	private final Set<String> usedAddresses = new HashSet<>();

	@Test
	void failuresOnEitherInstanceCountAgainstOneBudgetThatSurvivesARestart() throws Exception {
		String configured = System.getProperty("spring.datasource.url", "");
		String database = configured.startsWith("jdbc:postgresql:") ? configured
				: "jdbc:h2:file:" + this.dataDirectory.resolve("rapport").toAbsolutePath();
		String guesser = randomAddress();
		String email;
		try (ConfigurableApplicationContext a = start(database); ConfigurableApplicationContext b = start(database)) {
			email = "nora-" + UUID.randomUUID() + "@example.com";
			a.getBean(AccountService.class).signUp(new SignUp("Nora", email, PASSWORD, "Europe/Lisbon"));

			for (int i = 0; i < 3; i++) {
				assertThat(signIn(a, email, "wrong password", guesser)).isEqualTo("/login?error");
			}
			assertThat(signIn(b, email, "wrong password", guesser)).isEqualTo("/login?error");
			// The fifth failure, the second on B, uses up the budget that A's three
			// started.
			assertThat(signIn(b, email, "wrong password", guesser)).isEqualTo("/login?throttled=15");

			assertThat(signIn(a, email, PASSWORD, guesser)).isEqualTo("/login?throttled=15");
			assertThat(signIn(b, email, PASSWORD, guesser)).isEqualTo("/login?throttled=15");
			// The owner from an address that has not failed is never locked out.
			assertThat(signIn(b, email, PASSWORD, randomAddress())).isEqualTo("/");
		}

		try (ConfigurableApplicationContext restarted = start(database)) {
			assertThat(signIn(restarted, email, PASSWORD, guesser)).isEqualTo("/login?throttled=15");
			assertThat(signIn(restarted, email, PASSWORD, randomAddress())).isEqualTo("/");
		}
	}

	/** Where the sign-in form sends this attempt, as a path. */
	private String signIn(ConfigurableApplicationContext app, String email, String password, String address)
			throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
		String page = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("X-Forwarded-For", address).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
	}

	/**
	 * An address of the documentation ranges, new in this run (the database may outlive
	 * one test).
	 */
	private String randomAddress() {
		String address;
		do {
			address = "198.51." + ThreadLocalRandom.current().nextInt(0, 256) + "."
					+ ThreadLocalRandom.current().nextInt(1, 255);
		}
		while (!this.usedAddresses.add(address));
		return address;
	}

	private static ConfigurableApplicationContext start(String databaseUrl) {
		return new SpringApplicationBuilder(RapportApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + databaseUrl, "--spring.jmx.enabled=false");
	}

}
