package dev.rapport.contact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.demo.LargeSampleBenchmark;
import dev.rapport.demo.LargeSampleLoader;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.scoring.ScoringService;
import dev.rapport.support.SignedInHttp;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@LargeSampleBenchmark
class ListPagesProfile {

	static final LocalDate TODAY = TestClock.TODAY;

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

	SignedInHttp small;

	SignedInHttp large;

	@Test
	void profile() throws Exception {
		AccountPrincipal smallOwner = TestUsers.signUp(this.accounts, "Small");
		this.largeSample.load(smallOwner.id(), 50, 500, TODAY);
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Large");
		this.largeSample.load(owner.id(), Integer.getInteger("profile.contacts", 10_000),
				Integer.getInteger("profile.interactions", 200_000), TODAY);
		this.scoring.recomputeAll(owner.id());
		this.reconnect.forgetThisWeek(owner.id(), TODAY);
		long busiest = this.jdbc.queryForObject("""
				select p.contact_id from interaction_participant p join contact c on c.id = p.contact_id
				where c.owner_id = ? group by p.contact_id order by count(*) desc, p.contact_id
				fetch first 1 rows only""", Long.class, owner.id());
		this.small = SignedInHttp.signIn(this.port, smallOwner.email());
		this.large = SignedInHttp.signIn(this.port, owner.email());
		this.large.get("/this-week");
		this.small.get("/this-week");
		String explain = System.getProperty("profile.explain");
		if (explain != null) {
			// IDS: the newest 31 interactions' ids, padded to 100 as Hibernate's batch
			// fetch
			// pads them.
			List<Long> newest = this.jdbc.queryForList(
					"select id from interaction where owner_id = ? order by owner_id desc, occurred_on desc, id desc fetch first 31 rows only",
					Long.class, owner.id());
			StringBuilder ids = new StringBuilder();
			for (int i = 0; i < 100; i++) {
				ids.append((i == 0) ? "" : ",").append(newest.get(Math.min(i, newest.size() - 1)));
			}
			for (String sql : explain.split(";;")) {
				String literal = sql.replace("OWNER", String.valueOf(owner.id()))
					.replace("BUSIEST", String.valueOf(busiest))
					.replace("IDS", ids);
				for (int i = 0; i < 3; i++) {
					this.jdbc.queryForList("EXPLAIN ANALYZE " + literal);
				}
				report("EXPLAIN ANALYZE " + literal);
				this.jdbc.queryForList("EXPLAIN ANALYZE " + literal)
					.forEach(row -> row.values().forEach(v -> report("  " + v)));
			}
		}
		String only = System.getProperty("profile.pages");
		Map<String, SignedInHttp> pages = new LinkedHashMap<>();
		pages.put("/", this.large);
		pages.put("/?small", this.small);
		pages.put("/follow-ups", this.large);
		pages.put("/contacts", this.large);
		pages.put("/contacts?sort=DEPTH", this.large);
		pages.put("/interactions", this.large);
		pages.put("/interactions?contactId=" + busiest, this.large);
		pages.put("/interactions?kind=INTRODUCTION", this.large);
		for (var page : pages.entrySet()) {
			String path = page.getKey().replace("?small", "");
			if (only != null && !only.contains(page.getKey())) {
				continue;
			}
			for (int i = 0; i < 30; i++) {
				page.getValue().get(path);
			}
			this.jdbc.execute("SET QUERY_STATISTICS FALSE");
			this.jdbc.execute("SET QUERY_STATISTICS TRUE");
			int n = 10;
			long bytes = 0;
			long start = System.nanoTime();
			for (int i = 0; i < n; i++) {
				bytes += page.getValue().get(path).length();
			}
			double ms = (System.nanoTime() - start) / 1e6 / n;
			report("==== " + page.getKey() + String.format(Locale.ROOT, "  %.1f ms/request, %d bytes", ms, bytes / n));
			List<Map<String, Object>> stats = this.jdbc.queryForList("""
					select sql_statement, execution_count, cumulative_execution_time, average_row_count
					from information_schema.query_statistics order by cumulative_execution_time desc""");
			double total = 0;
			double count = 0;
			for (Map<String, Object> s : stats) {
				String sql = String.valueOf(s.get("SQL_STATEMENT"));
				if (sql.contains("QUERY_STATISTICS")) {
					continue;
				}
				double c = ((Number) s.get("EXECUTION_COUNT")).doubleValue() / n;
				double t = ((Number) s.get("CUMULATIVE_EXECUTION_TIME")).doubleValue() / n;
				total += t;
				count += c;
				report(String.format(Locale.ROOT, "  %5.1fx %7.2f ms rows %6s  %s", c, t, s.get("AVERAGE_ROW_COUNT"),
						sql.replaceAll("\\s+", " ").substring(0, Math.min(400, sql.length()))));
			}
			report(String.format(Locale.ROOT, "  statements/request %.1f, db ms/request %.2f", count, total));
			this.jdbc.execute("SET QUERY_STATISTICS FALSE");
			if (Boolean.getBoolean("profile.jfr")) {
				jfr(page.getValue(), path);
			}
		}
	}

	private void jfr(SignedInHttp client, String path) throws Exception {
		Path file = Files.createTempFile("profile", ".jfr");
		try (Recording recording = new Recording()) {
			recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
			recording.start();
			for (int i = 0; i < 100; i++) {
				client.get(path);
			}
			recording.stop();
			recording.dump(file);
		}
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> inclusive = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			if (event.getStackTrace() == null) {
				continue;
			}
			String thread = event.getThread("sampledThread").getJavaName();
			if (thread == null || !thread.startsWith("http-nio")) {
				continue;
			}
			samples++;
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (!frames.isEmpty()) {
				self.merge(name(frames.get(0)), 1, Integer::sum);
			}
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (RecordedFrame frame : frames) {
				String name = name(frame);
				if ((name.startsWith("dev.rapport") || name.contains("thymeleaf.TemplateEngine.process")
						|| name.contains("hibernate") && name.contains("execute") || name.contains("h2.command")
						|| name.contains("Filter.doFilter") || name.contains("session")) && seen.add(name)) {
					inclusive.merge(name, 1, Integer::sum);
				}
			}
		}
		report("  JFR samples on request threads: " + samples);
		int s = samples;
		inclusive.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue() - a.getValue())
			.limit(45)
			.forEach(e -> report(
					String.format(Locale.ROOT, "    incl %5.1f%% %s", 100.0 * e.getValue() / s, e.getKey())));
		self.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue() - a.getValue())
			.limit(15)
			.forEach(e -> report(
					String.format(Locale.ROOT, "    self %5.1f%% %s", 100.0 * e.getValue() / s, e.getKey())));
		Files.delete(file);
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	private static void report(String line) {
		System.out.println("PROFILE " + line);
	}

}
