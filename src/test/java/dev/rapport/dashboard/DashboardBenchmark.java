package dev.rapport.dashboard;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.demo.LargeSampleLoader;
import dev.rapport.demo.SampleDataService;
import dev.rapport.followup.FollowUpService;
import dev.rapport.interaction.InteractionService;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.scoring.ScoringService;
import dev.rapport.support.TestUsers;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboard and This week latency over real HTTP with 10,000 contacts and 200,000
 * interactions ({@code docs/benchmarks.md}). Run on demand:
 * {@code ./mvnw -B -Pbenchmark test -Dtest=DashboardBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(LargeSampleLoader.class)
class DashboardBenchmark {

	static final int CONTACTS = 10_000;

	static final int INTERACTIONS = 200_000;

	static final int WARM_UP = 30;

	static final int MEASURED = 200;

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	LargeSampleLoader largeSample;

	@Autowired
	SampleDataService sampleData;

	@Autowired
	ScoringService scoring;

	@Autowired
	InteractionService interactions;

	@Autowired
	FollowUpService followUps;

	@Autowired
	ContactService contacts;

	@Autowired
	ReconnectService reconnect;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void dashboardAndThisWeekWithALargeNetwork() throws Exception {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Bench");
		long loadStart = System.nanoTime();
		this.largeSample.load(owner.id(), CONTACTS, INTERACTIONS, LocalDate.of(2026, 11, 18));
		long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
		// The figures mean something only if the dashboard has a network to draw.
		Assertions.assertThat(this.scoring.readingsOf(owner.id(), LocalDate.of(2026, 11, 18)))
			.hasSizeGreaterThan(CONTACTS / 2);
		signIn(owner.email());

		long firstLook = time("/this-week");
		report("loading " + CONTACTS + " contacts / " + INTERACTIONS + " interactions (JDBC batches): " + loadMillis
				+ " ms");
		report("This week, first look of the week (computes and stores the list): " + firstLook / 1000 + " ms");
		for (String path : List.of("/", "/this-week")) {
			for (int i = 0; i < WARM_UP; i++) {
				time(path);
			}
			List<Long> samples = new ArrayList<>();
			for (int i = 0; i < MEASURED; i++) {
				samples.add(time(path));
			}
			samples.sort(null);
			report(String.format("%-10s median %6.1f ms, p95 %6.1f ms, max %6.1f ms over %d requests", path,
					samples.get(samples.size() / 2) / 1000.0,
					samples.get((int) Math.ceil(samples.size() * 0.95) - 1) / 1000.0,
					samples.get(samples.size() - 1) / 1000.0, samples.size()));
		}
		List<Long> readings = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			long start = System.nanoTime();
			this.scoring.readingsOf(owner.id(), LocalDate.of(2026, 11, 18));
			readings.add((System.nanoTime() - start) / 1000);
		}
		readings.sort(null);
		report(String.format("ScoringService.readingsOf alone (in process): median %.1f ms over %d calls",
				readings.get(readings.size() / 2) / 1000.0, readings.size()));
		LocalDate today = LocalDate.of(2026, 11, 18);
		long ownerId = owner.id();
		reportMedian("InteractionService.latest", () -> this.interactions.latest(ownerId, today, 10));
		reportMedian("FollowUpService.dueBy",
				() -> this.followUps.dueBy(ownerId, today.plusDays(7), today, PageRequest.of(0, 20)));
		reportMedian("ReconnectService.thisWeek (stored)", () -> this.reconnect.thisWeek(ownerId, today));
		reportMedian("SampleDataService.hasSampleData", () -> this.sampleData.hasSampleData(ownerId));
		reportMedian("ContactService.count", () -> this.contacts.count(ownerId));
		List<Long> recomputes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			this.reconnect.forgetThisWeek(owner.id(), today);
			long start = System.nanoTime();
			this.reconnect.thisWeek(owner.id(), today);
			recomputes.add((System.nanoTime() - start) / 1000);
		}
		recomputes.sort(null);
		report(String.format(
				"This week computed again with a warm JVM (in process): median %.1f ms, max %.1f ms over %d",
				recomputes.get(recomputes.size() / 2) / 1000.0, recomputes.get(recomputes.size() - 1) / 1000.0,
				recomputes.size()));
		report("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
				+ Runtime.getRuntime().availableProcessors() + " cores, max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
	}

	/** Microseconds for one GET that must succeed. */
	private long time(String path) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		long micros = (System.nanoTime() - start) / 1000;
		assertThat(response.statusCode()).isEqualTo(200);
		return micros;
	}

	private void signIn(String email) throws Exception {
		String page = this.http
			.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		// Signing in must not open the dashboard: the first look at This week is measured
		// on its own.
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static void report(String line) {
		System.out.println("BENCHMARK " + line);
	}

	/**
	 * One ingredient of the dashboard in process: the median of 20 calls after 5 warm-up
	 * calls.
	 */
	private void reportMedian(String what, Runnable call) {
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			long start = System.nanoTime();
			call.run();
			if (i >= 5) {
				micros.add((System.nanoTime() - start) / 1000);
			}
		}
		micros.sort(null);
		report(String.format("%s alone (in process): median %.1f ms over %d calls", what,
				micros.get(micros.size() / 2) / 1000.0, micros.size()));
	}

}
