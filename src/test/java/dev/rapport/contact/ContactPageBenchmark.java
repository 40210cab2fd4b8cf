package dev.rapport.contact;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.demo.LargeSampleBenchmark;
import dev.rapport.demo.LargeSampleLoader;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.scoring.ScoringService;
import dev.rapport.support.NameSortKeys;
import dev.rapport.support.SignedInHttp;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Does a page cost the same for a short and a very long history? Over real HTTP, warm,
 * with 10,000 contacts and 200,000 interactions, one of the contacts having more than
 * 10,000 of them: every main page's median and p95, the busiest contact's page against a
 * typical one's, the dashboard against a 50-contact network's, logging one interaction
 * with a typical and with the busiest contact, and a full recompute of every score
 * ({@code docs/benchmarks.md}, "Pages at 10,000 / 200,000"). Pages are requested
 * round-robin, so a burst of load on the shared machine hits every page alike and the
 * ratios stay meaningful. Timings are reported, never asserted.
 *
 * <p>
 * Run on demand: {@code ./mvnw -B -Pbenchmark test -Dtest=ContactPageBenchmark}
 * (optionally {@code -Dbenchmark.rounds=100}).
 */
@LargeSampleBenchmark
class ContactPageBenchmark {

	static final LocalDate TODAY = TestClock.TODAY;

	static final int CONTACTS = 10_000;

	static final int INTERACTIONS = 200_000;

	/**
	 * The busiest contact's own history, added on top of the generated network's share of
	 * the total.
	 */
	static final int BUSIEST_HISTORY = 10_000;

	static final int WARM_UP = 20;

	static final int ROUNDS = Integer.getInteger("benchmark.rounds", 100);

	static final int LOGS = 40;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	LargeSampleLoader largeSample;

	@Autowired
	ScoringService scoring;

	@Autowired
	ReconnectService reconnect;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesCostTheSameForShortAndLongHistories() throws Exception {
		report("load average at start: " + loadAverage());
		AccountPrincipal small = TestUsers.signUp(this.accounts, "Small");
		this.largeSample.load(small.id(), 50, 500, TODAY);
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Large");
		long started = System.nanoTime();
		this.largeSample.load(owner.id(), CONTACTS, INTERACTIONS - BUSIEST_HISTORY, TODAY);
		long busiest = busiestContact(owner.id());
		addHistory(owner.id(), busiest, BUSIEST_HISTORY);
		this.scoring.recomputeAll(owner.id());
		this.reconnect.forgetThisWeek(owner.id(), TODAY);
		report(String.format(Locale.ROOT, "data: %,d contacts, %,d interactions loaded in %,d ms",
				count("select count(*) from contact where owner_id = ?", owner.id()),
				count("select count(*) from interaction where owner_id = ?", owner.id()),
				(System.nanoTime() - started) / 1_000_000));
		long typical = this.jdbc.queryForObject("""
				select p.contact_id from interaction_participant p join contact c on c.id = p.contact_id
				where c.owner_id = ? group by p.contact_id having count(*) between 18 and 22 order by p.contact_id
				fetch first 1 rows only""", Long.class, owner.id());
		report(String.format(Locale.ROOT, "busiest contact %d: %,d interactions; typical contact %d: %,d", busiest,
				rowsOf(busiest), typical, rowsOf(typical)));
		assertThat(rowsOf(busiest)).isGreaterThanOrEqualTo(BUSIEST_HISTORY);
		assertThat(this.scoring.readingsOf(owner.id(), TODAY)).hasSizeGreaterThan(CONTACTS / 2);
		// The loader writes contacts with JDBC: the list's sort keys must match the
		// names.
		assertThat(NameSortKeys.staleRows(this.jdbc)).isEmpty();
		long interaction = this.jdbc.queryForObject(
				"select max(id) from interaction where owner_id = ? and occurred_on <= ?", Long.class, owner.id(),
				Date.valueOf(TODAY));

		Session large = signIn(owner.email());
		Session fifty = signIn(small.email());
		// The first look of the week computes This week; it is not what "warm" measures.
		large.get("/this-week");
		fifty.get("/this-week");

		Map<String, Page> pages = new LinkedHashMap<>();
		pages.put("GET /contacts/{busiest}", new Page(large, "/contacts/" + busiest));
		pages.put("GET /contacts/{typical}", new Page(large, "/contacts/" + typical));
		pages.put("GET / (dashboard, 10,000 / 200,000)", new Page(large, "/"));
		pages.put("GET / (dashboard, 50 / 500)", new Page(fifty, "/"));
		for (String path : List.of("/this-week", "/contacts", "/contacts?sort=DEPTH", "/contacts?imported=true",
				"/contacts/new", "/interactions", "/interactions?contactId=" + busiest,
				"/interactions?contactId=" + typical, "/interactions?kind=INTRODUCTION", "/interactions/" + interaction,
				"/interactions/new", "/interactions/new?contactId=" + typical, "/follow-ups", "/follow-ups/new",
				"/follow-ups/done", "/import", "/settings")) {
			pages.put("GET " + path.replace(String.valueOf(interaction), "{id}")
				.replace("=" + busiest, "={busiest}")
				.replace("=" + typical, "={typical}"), new Page(large, path));
		}
		for (int i = 0; i < WARM_UP; i++) {
			for (Page page : pages.values()) {
				page.time();
			}
		}
		for (int i = 0; i < ROUNDS; i++) {
			for (Page page : pages.values()) {
				page.samples.add(page.time());
			}
		}
		report("pages over HTTP, warm, " + ROUNDS + " requests each, round-robin after " + WARM_UP
				+ " warm-up rounds (ms):");
		pages.forEach((name, page) -> report(String.format(Locale.ROOT, "  %-42s median %7.1f  p95 %7.1f  max %7.1f",
				name, page.percentile(50), page.percentile(95), page.percentile(100))));
		report(String.format(Locale.ROOT, "busiest / typical contact page, p95: %.2f (median %.2f)",
				pages.get("GET /contacts/{busiest}").percentile(95)
						/ pages.get("GET /contacts/{typical}").percentile(95),
				pages.get("GET /contacts/{busiest}").percentile(50)
						/ pages.get("GET /contacts/{typical}").percentile(50)));
		report(String.format(Locale.ROOT, "dashboard 10,000 / 200,000 against 50 / 500, p95: %.2f (median %.2f)",
				pages.get("GET / (dashboard, 10,000 / 200,000)").percentile(95)
						/ pages.get("GET / (dashboard, 50 / 500)").percentile(95),
				pages.get("GET / (dashboard, 10,000 / 200,000)").percentile(50)
						/ pages.get("GET / (dashboard, 50 / 500)").percentile(50)));

		List<Double> logTypical = new ArrayList<>();
		List<Double> logBusiest = new ArrayList<>();
		for (int i = -5; i < LOGS; i++) {
			double typicalMillis = large.log(typical);
			double busiestMillis = large.log(busiest);
			if (i >= 0) {
				logTypical.add(typicalMillis);
				logBusiest.add(busiestMillis);
			}
		}
		report(String.format(Locale.ROOT,
				"log one interaction over HTTP (POST /interactions), %d each: typical median %.1f p95 %.1f; busiest median %.1f p95 %.1f",
				LOGS, percentile(logTypical, 50), percentile(logTypical, 95), percentile(logBusiest, 50),
				percentile(logBusiest, 95)));

		List<Double> recomputes = new ArrayList<>();
		for (int i = -2; i < 7; i++) {
			long start = System.nanoTime();
			this.scoring.recomputeAll(owner.id());
			if (i >= 0) {
				recomputes.add((System.nanoTime() - start) / 1e6);
			}
		}
		report(String.format(Locale.ROOT,
				"full recompute (ScoringService.recomputeAll, in process): median %.0f ms, min %.0f, max %.0f",
				percentile(recomputes, 50), percentile(recomputes, 0), percentile(recomputes, 100)));
		report("load average at end: " + loadAverage());
		report("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
				+ Runtime.getRuntime().availableProcessors() + " cores, max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
	}

	/** The contact with the most interactions in the generated network. */
	private long busiestContact(long ownerId) {
		return this.jdbc.queryForObject("""
				select p.contact_id from interaction_participant p join contact c on c.id = p.contact_id
				where c.owner_id = ? group by p.contact_id order by count(*) desc, p.contact_id
				fetch first 1 rows only""", Long.class, ownerId);
	}

	/**
	 * Five years of one person's history, about five interactions a day, of every kind
	 * and direction.
	 */
	private void addHistory(long ownerId, long contactId, int count) {
		Long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from interaction", Long.class);
		InteractionKind[] kinds = InteractionKind.values();
		Direction[] directions = Direction.values();
		List<Object[]> rows = new ArrayList<>(count);
		Timestamp now = Timestamp.valueOf(TODAY.atTime(10, 0));
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { ownerId, Date.valueOf(TODAY.minusDays(i % 1825)), kinds[i % kinds.length].name(),
					directions[(i / 7) % directions.length].name(), now });
		}
		this.jdbc.batchUpdate(
				"insert into interaction (owner_id, occurred_on, kind, direction, created_at) values (?, ?, ?, ?, ?)",
				rows);
		this.jdbc.update("""
				insert into interaction_participant (interaction_id, contact_id, occurred_on, kind, direction)
				select id, ?, occurred_on, kind, direction from interaction where owner_id = ? and id > ?""", contactId,
				ownerId, before);
		this.jdbc.update("update contact set last_interaction_on = ? where id = ?", Date.valueOf(TODAY), contactId);
	}

	private long rowsOf(long contactId) {
		return count("select count(*) from interaction_participant where contact_id = ?", contactId);
	}

	private long count(String sql, long argument) {
		Long count = this.jdbc.queryForObject(sql, Long.class, argument);
		return (count != null) ? count : 0;
	}

	private Session signIn(String email) throws Exception {
		return new Session(SignedInHttp.signIn(this.port, email));
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static double percentile(List<Double> samples, int percentile) {
		List<Double> sorted = new ArrayList<>(samples);
		sorted.sort(null);
		int index = (percentile == 0) ? 0 : (int) Math.ceil(sorted.size() * percentile / 100.0) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static void report(String line) {
		System.out.println("BENCHMARK " + line);
	}

	/** One signed-in browser. */
	private static final class Session {

		final SignedInHttp http;

		/**
		 * The session's CSRF token, read once from the log form: it stays valid for the
		 * session.
		 */
		String csrf;

		Session(SignedInHttp http) {
			this.http = http;
		}

		String get(String path) throws Exception {
			return this.http.get(path);
		}

		/**
		 * Milliseconds for logging a call with this contact today, as the log form posts
		 * it.
		 */
		double log(long contactId) throws Exception {
			if (this.csrf == null) {
				this.csrf = this.http.csrf("/interactions/new");
			}
			String form = "date=" + TODAY + "&kind=CALL&direction=MUTUAL&participantIds=" + contactId
					+ "&summary=&notes=&_csrf=" + URLEncoder.encode(this.csrf, StandardCharsets.UTF_8);
			long start = System.nanoTime();
			HttpResponse<Void> response = this.http.postForm("/interactions", form);
			double millis = (System.nanoTime() - start) / 1e6;
			assertThat(response.statusCode()).as("logging redirects to the logged interaction").isEqualTo(302);
			return millis;
		}

	}

	/** One page of one session and its measured times. */
	private static final class Page {

		final Session session;

		final String path;

		final List<Double> samples = new ArrayList<>();

		Page(Session session, String path) {
			this.session = session;
			this.path = path;
		}

		double time() throws Exception {
			long start = System.nanoTime();
			this.session.get(this.path);
			return (System.nanoTime() - start) / 1e6;
		}

		double percentile(int percentile) {
			return ContactPageBenchmark.percentile(this.samples, percentile);
		}

	}

}
