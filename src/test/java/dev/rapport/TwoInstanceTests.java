package dev.rapport;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.contact.ContactService;
import dev.rapport.importing.ImportPreview;
import dev.rapport.importing.ImportSummary;
import dev.rapport.importing.LinkedInImportService;
import dev.rapport.scoring.ScoringService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one database, as behind a load balancer: what one instance did,
 * the other knows. On the in-memory H2 of the ordinary run both instances share one named
 * database; in the PostgreSQL run (the {@code postgresql} Maven profile) they share that
 * run's PostgreSQL database.
 */
class TwoInstanceTests {

	static final LocalDate TODAY = TestClock.TODAY;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTwoInstances() {
		String configured = System.getProperty("spring.datasource.url", "");
		String database = configured.startsWith("jdbc:postgresql:") ? configured
				: "jdbc:h2:mem:two-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		// One after the other: the first runs the migrations, the second finds them done.
		a = start(database);
		b = start(database);
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void signedInOnOneInstanceContinuesOnTheOther() throws Exception {
		AccountPrincipal owner = signUp();
		// One browser: its cookies go to both instances (cookies ignore the port).
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = browser
			.send(HttpRequest.newBuilder(URI.create(baseUrl(a) + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(owner.email(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(baseUrl(a) + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

		HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(URI.create(baseUrl(b) + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Hello, Nora");
	}

	@Test
	void aScoreLoggedOnOneInstanceIsSeenOnTheOther() throws Exception {
		AccountPrincipal owner = signUp();
		long ana = a.getBean(ContactService.class).create(owner.id(), ContactMother.named("Ana", "Lima"));
		ScoringService scoresOnB = b.getBean(ScoringService.class);
		// B has read (and cached) the owner's scores before A logs anything.
		assertThat(scoresOnB.readingsOf(owner.id(), TODAY)).doesNotContainKey(ana);

		String token = tokenFrom(a, owner);
		HttpResponse<String> logged = this.http
			.send(HttpRequest.newBuilder(URI.create(baseUrl(a) + "/api/v1/interactions"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"date\": \"2026-11-17\", \"kind\": \"MEAL\", "
						+ "\"direction\": \"MUTUAL\", \"participantIds\": [" + ana + "]}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(logged.statusCode()).isEqualTo(201);

		assertThat(scoresOnB.readingsOf(owner.id(), TODAY)).containsKey(ana);
		assertThat(scoresOnB.readingsOf(owner.id(), TODAY).get(ana).depth())
			.isEqualTo(a.getBean(ScoringService.class).readingsOf(owner.id(), TODAY).get(ana).depth());
	}

	@Test
	void anImportPreviewedOnOneInstanceIsCommittedOnTheOther() {
		AccountPrincipal owner = signUp();
		String file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
				+ "Bea,Lopes,https://www.linkedin.com/in/bea-lopes,,Acme,Engineer,12 Mar 2024\n"
				+ "Caio,Reis,https://www.linkedin.com/in/caio-reis,,Initech,Designer,01 Feb 2023\n";
		LinkedInImportService importsOnA = a.getBean(LinkedInImportService.class);
		String token = importsOnA.stage(owner.id(), "Connections.csv",
				new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
		ImportPreview preview = importsOnA.preview(owner.id(), token);
		assertThat(preview.created()).isEqualTo(2);

		ImportSummary committed = b.getBean(LinkedInImportService.class).commit(owner.id(), token);
		assertThat(committed.created()).isEqualTo(2);
		assertThat(a.getBean(ContactService.class).count(owner.id())).isEqualTo(2);
		// A double submit that reaches A lands on B's result instead of importing again.
		assertThat(importsOnA.commit(owner.id(), token).id()).isEqualTo(committed.id());
	}

	private static ConfigurableApplicationContext start(String databaseUrl) {
		return new SpringApplicationBuilder(RapportApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + databaseUrl, "--spring.jmx.enabled=false");
	}

	private static AccountPrincipal signUp() {
		return a.getBean(AccountService.class)
			.signUp(new SignUp("Nora", "nora-" + UUID.randomUUID() + "@example.com", TestUsers.PASSWORD,
					"Europe/Lisbon"));
	}

	private String tokenFrom(ConfigurableApplicationContext app, AccountPrincipal owner) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((owner.email() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> created = this.http
			.send(HttpRequest.newBuilder(URI.create(baseUrl(app) + "/api/v1/tokens"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"two instances\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static String baseUrl(ConfigurableApplicationContext app) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
