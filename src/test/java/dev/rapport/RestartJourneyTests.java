package dev.rapport;

import dev.rapport.support.TestUsers;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's definition of done, over real HTTP: a new user signs up, adds three
 * contacts, logs a group dinner with two of them, adds a follow-up, restarts the app and
 * finds everything still there in the file database.
 */
class RestartJourneyTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path dataDirectory;

	@Test
	void everythingSurvivesARestart() throws Exception {
		String databaseUrl = "jdbc:h2:file:" + this.dataDirectory.resolve("rapport").toAbsolutePath();
		Browser browser = new Browser();
		try (ConfigurableApplicationContext app = start(databaseUrl)) {
			browser.baseUrl = baseUrl(app);
			HttpResponse<String> landing = browser.get("/");
			assertThat(landing.uri().getPath()).isEqualTo("/signup");
			assertThat(landing.body()).contains("You are the first here");

			browser.post("/signup", Map.of("displayName", "Nora", "email", "nora@example.com", "password",
					TestUsers.PASSWORD, "timeZone", "Europe/Lisbon"));
			assertThat(browser.get("/").body()).contains("Hello, Nora");

			for (String name : new String[] { "Ana", "Bruno", "Chloe" }) {
				browser.post("/contacts", Map.of("firstName", name, "lastName", "Test"));
			}
			String contacts = browser.get("/contacts").body();
			assertThat(contacts).contains("Ana Test", "Bruno Test", "Chloe Test");
			String ana = idOf(contacts, "Ana Test");
			String bruno = idOf(contacts, "Bruno Test");

			HttpResponse<String> logged = browser.post("/interactions", Map.of("date", "2026-11-15", "kind", "MEAL",
					"direction", "ME", "participantIds", ana + "," + bruno, "summary", "Group dinner at Nora's"));
			assertThat(logged.body()).contains("Meal with Ana Test and Bruno Test logged.");
			browser.post("/follow-ups",
					Map.of("contactId", ana, "title", "Send Ana the recipe", "dueOn", "2026-12-01", "side", "I_OWE"));
		}

		try (ConfigurableApplicationContext app = start(databaseUrl)) {
			browser.baseUrl = baseUrl(app);
			// Sessions live in the database (Spring Session JDBC): a restart signs nobody
			// out.
			HttpResponse<String> home = browser.get("/");
			assertThat(home.uri().getPath()).isEqualTo("/");
			assertThat(home.body()).contains("Hello, Nora", "Group dinner at Nora&#39;s");
			String contacts = browser.get("/contacts").body();
			assertThat(contacts).contains("Ana Test", "Bruno Test", "Chloe Test");
			String anaPage = browser.get("/contacts/" + idOf(contacts, "Ana Test")).body();
			assertThat(anaPage).contains("Group dinner at Nora&#39;s", "Send Ana the recipe");
			assertThat(browser.get("/follow-ups").body()).contains("Send Ana the recipe");

			HttpResponse<String> missing = browser.get("/contacts/424242");
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.body()).contains("There is nothing here").doesNotContain("Exception");
		}
	}

	private static ConfigurableApplicationContext start(String databaseUrl) {
		return new SpringApplicationBuilder(RapportApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + databaseUrl, "--rapport.clock.fixed=2026-11-18T10:00:00Z",
				"--spring.jmx.enabled=false");
	}

	private static String baseUrl(ConfigurableApplicationContext app) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static String idOf(String listPage, String name) {
		Matcher matcher = Pattern.compile("href=\"/contacts/(\\d+)\">" + Pattern.quote(name) + "<").matcher(listPage);
		assertThat(matcher.find()).as("a link to " + name).isTrue();
		return matcher.group(1);
	}

	/** A cookie-keeping client that submits forms like a browser, CSRF token included. */
	static final class Browser {

		final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		String baseUrl;

		String csrf;

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return response;
		}

		/** Values with commas are sent as repeated parameters, as a multi-select does. */
		HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
			if (this.csrf == null) {
				get(path);
			}
			Map<String, String> form = new LinkedHashMap<>(fields);
			String body = form.entrySet()
				.stream()
				.flatMap(field -> Arrays.stream(field.getValue().split(","))
					.map(value -> encode(field.getKey()) + "=" + encode(value)))
				.collect(Collectors.joining("&", "_csrf=" + encode(this.csrf) + "&", ""));
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("POST " + path).isEqualTo(200);
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return response;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
