package dev.rapport.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.demo.LargeSampleBenchmark;
import dev.rapport.demo.LargeSampleLoader;
import dev.rapport.demo.SampleDataService;
import dev.rapport.followup.FollowUpService;
import dev.rapport.interaction.InteractionService;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.scoring.ScoringService;
import dev.rapport.support.SignedInHttp;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboard and This week latency over real HTTP with 10,000 contacts and 200,000
 * interactions ({@code docs/benchmarks.md}). Run on demand:
 * {@code ./mvnw -B -Pbenchmark test -Dtest=DashboardBenchmark}.
 */
@LargeSampleBenchmark
class DashboardBenchmark {

	static final LocalDate TODAY = TestClock.TODAY;

	static final int CONTACTS = 10_000;

	static final int INTERACTIONS = 200_000;

	static final int WARM_UP = 30;

	static final int MEASURED = 200;

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

	SignedInHttp http;

	@Test
	void dashboardAndThisWeekWithALargeNetwork() throws Exception {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Bench");
		long loadStart = System.nanoTime();
		this.largeSample.load(owner.id(), CONTACTS, INTERACTIONS, TODAY);
		long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
		// The figures mean something only if the dashboard has a network to draw.
		Assertions.assertThat(this.scoring.readingsOf(owner.id(), TODAY)).hasSizeGreaterThan(CONTACTS / 2);
		// Signing in opens no page: the first look at This week is measured on its own.
		this.http = SignedInHttp.signIn(this.port, owner.email());

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
			this.scoring.readingsOf(owner.id(), TODAY);
			readings.add((System.nanoTime() - start) / 1000);
		}
		readings.sort(null);
		report(String.format("ScoringService.readingsOf alone (in process): median %.1f ms over %d calls",
				readings.get(readings.size() / 2) / 1000.0, readings.size()));
		LocalDate today = TODAY;
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
		this.http.get(path);
		return (System.nanoTime() - start) / 1000;
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
