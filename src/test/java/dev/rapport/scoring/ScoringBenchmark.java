package dev.rapport.scoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.contact.ContactSummary;
import dev.rapport.contact.NameSortKey;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionChanged;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring at the size of the scoring model's speed goal (docs/scoring.md): 10,000
 * contacts, 200,000 interactions. Not part of the build; run with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=ScoringBenchmark} and copy the printed medians
 * to {@code docs/benchmarks.md}. Timings are reported, never asserted.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class ScoringBenchmark {

	static final int CONTACTS = 10_000;

	static final int INTERACTIONS = 200_000;

	static final LocalDate TODAY = TestClock.TODAY;

	static final int WARM_UP = 3;

	static final int MEASURED = 7;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	ScoringService scoring;

	@Autowired
	ScoreEventHandlers handlers;

	@Autowired
	InteractionService interactions;

	@Autowired
	ContactService contacts;

	@Autowired
	Scorer scorer;

	@Autowired
	ScoreStateStore store;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void recomputeEveryScoreAndReadAllScoresForAListPage() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Benchmark");
		long ownerId = owner.id();
		long started = System.nanoTime();
		insertData(ownerId, new Random(42));
		double insertMillis = (System.nanoTime() - started) / 1e6;

		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "data: %,d contacts, %,d interactions inserted in %.0f ms", CONTACTS,
				INTERACTIONS, insertMillis));
		report.add(measure("load all interaction rows (InteractionService.allRowsOf)",
				() -> this.interactions.allRowsOf(ownerId).size()));
		report.add(measure("full recompute of every score (ScoringService.recomputeAll)",
				() -> this.scoring.recomputeAll(ownerId)));
		// Where the recompute's time goes: building the states in memory, and writing
		// them.
		var rows = this.interactions.allRowsOf(ownerId);
		Map<Long, ScoreState> states = new HashMap<>();
		report.add(measure("  of which: build 9,999 states from the loaded rows (in memory)", () -> {
			Map<Long, List<ScoredInteraction>> byContact = new HashMap<>();
			rows.forEach(row -> byContact.computeIfAbsent(row.contactId(), id -> new ArrayList<>())
				.add(new ScoredInteraction(row.date(), row.kind(), row.direction())));
			byContact.forEach((id, contactRows) -> states.put(id, this.scorer.stateOf(contactRows, null, TODAY)));
			return states.size();
		}));
		report.add(measure("  of which: rewrite 9,999 score_state rows (JDBC delete + batch insert)", () -> {
			this.transactions.executeWithoutResult(status -> this.store.replaceAll(ownerId, states));
			return states.size();
		}));
		report.add(measure("read 10,000 scores, cold (load stored states, score each, rank)", () -> {
			this.scoring.forgetCached(ownerId);
			return this.scoring.readingsOf(ownerId, TODAY).size();
		}));
		report.add(measure("read 10,000 scores, warm (per-owner cache)",
				() -> this.scoring.readingsOf(ownerId, TODAY).size()));
		long someone = this.contacts.list(TestUsers.owner(ownerId), ContactQuery.all(), PageRequest.of(0, 1))
			.getContent()
			.get(0)
			.id();
		long typical = this.jdbc.queryForObject("""
				select contact_id from interaction_participant p join contact c on c.id = p.contact_id
				where c.owner_id = ? group by contact_id having count(*) between 15 and 25 order by contact_id
				fetch first 1 rows only""", Long.class, ownerId);
		report.add(measure("load one contact's rows, busiest contact (InteractionService.rowsOf)",
				() -> this.interactions.rowsOf(ownerId, List.of(someone)).size()));
		report.add(measure("load one contact's rows, typical contact (~20 rows)",
				() -> this.interactions.rowsOf(ownerId, List.of(typical)).size()));
		// What a contact page's score section asks the read API for: the full score from
		// the rows,
		// its sentence, and the 12-month chart (53 weekly points, each valued from the
		// rows).
		report.add(measure("contact page score section, busiest contact (contactScoreOf + explain)",
				() -> scoreSection(ownerId, someone)));
		report.add(measure("contact page score section, typical contact (~20 rows)",
				() -> scoreSection(ownerId, typical)));
		report.add(measure("refresh one typical contact's state (the scoring listener alone)", () -> {
			this.handlers.on(new InteractionChanged(ownerId, 0, Set.of(typical)));
			return 1;
		}));
		report.add(measureAfterChange("log one interaction with a typical contact",
				"read 10,000 scores right after that change", ownerId, typical));
		report.add(measureAfterChange("log one interaction with the busiest contact",
				"read 10,000 scores right after that change", ownerId, someone));
		report.add(measure("contact list page sorted by depth, with badges (warm)", () -> {
			Page<ContactSummary> page = this.contacts.list(TestUsers.owner(ownerId),
					new ContactQuery(null, null, false, ContactSort.DEPTH), PageRequest.of(0, 25));
			return this.contacts
				.badges(TestUsers.owner(ownerId), page.getContent().stream().map(ContactSummary::id).toList())
				.size();
		}));
		report.add(measure("contact list page filtered to one tier (warm)",
				() -> this.contacts.list(TestUsers.owner(ownerId),
						new ContactQuery(null, null, false, ContactSort.NAME, "CLOSE", false), PageRequest.of(0, 25))
					.getNumberOfElements()));

		assertThat(this.scoring.readingsOf(ownerId, TODAY)).hasSizeGreaterThan(CONTACTS / 2);
		assertThat(this.scoring.rankedContactIds(ownerId, Optional.empty(), TODAY)).isNotEmpty();
		System.out.println("\n## Scoring benchmark (median of " + MEASURED + " after " + WARM_UP + " warm-up runs)");
		report.forEach(line -> System.out.println("  " + line));
	}

	private int scoreSection(long ownerId, long contactId) {
		ScoringService.ContactScore score = this.scoring.contactScoreOf(ownerId, contactId, TODAY, 52);
		return this.scoring.explain(score.score()).getCodes().length + score.history().size();
	}

	/**
	 * The change itself and the first read after it, which is what a list page after
	 * logging pays.
	 */
	private String measureAfterChange(String change, String read, long ownerId, long contactId) {
		double[] changeMillis = new double[MEASURED];
		double[] readMillis = new double[MEASURED];
		for (int i = -WARM_UP; i < MEASURED; i++) {
			this.scoring.readingsOf(ownerId, TODAY);
			long start = System.nanoTime();
			this.interactions.log(ownerId, new InteractionCommand(TODAY.minusDays(i + WARM_UP), InteractionKind.CALL,
					Direction.MUTUAL, List.of(contactId), null, null, null), TODAY);
			long logged = System.nanoTime();
			this.scoring.readingsOf(ownerId, TODAY);
			long done = System.nanoTime();
			if (i >= 0) {
				changeMillis[i] = (logged - start) / 1e6;
				readMillis[i] = (done - logged) / 1e6;
			}
		}
		return line(change, changeMillis, 1) + "\n  " + line(read, readMillis, CONTACTS);
	}

	private static String line(String what, double[] millis, int result) {
		Arrays.sort(millis);
		return String.format(Locale.ROOT, "%-70s median %8.2f ms  (min %.2f, max %.2f; result %d)", what,
				millis[MEASURED / 2], millis[0], millis[MEASURED - 1], result);
	}

	private String measure(String what, Supplier<Integer> action) {
		for (int i = 0; i < WARM_UP; i++) {
			action.get();
		}
		double[] millis = new double[MEASURED];
		int result = 0;
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			result = action.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return String.format(Locale.ROOT, "%-70s median %8.2f ms  (min %.2f, max %.2f; result %d)", what,
				millis[MEASURED / 2], millis[0], millis[MEASURED - 1], result);
	}

	/**
	 * A skewed, realistic-looking network: a few people seen often, most rarely; five
	 * years of history, some group interactions, a few planned ones. JDBC batches, like
	 * an import would.
	 */
	private void insertData(long ownerId, Random random) {
		Timestamp now = Timestamp.from(Instant.parse("2026-11-18T10:00:00Z"));
		List<Object[]> contactRows = new ArrayList<>(CONTACTS);
		for (int i = 0; i < CONTACTS; i++) {
			String first = "Person" + i;
			contactRows
				.add(new Object[] { ownerId, first, "Bench", NameSortKey.of(first), NameSortKey.of("Bench"), now });
		}
		this.jdbc.batchUpdate(
				"insert into contact (owner_id, first_name, last_name, sort_first, sort_last, created_at) values (?, ?, ?, ?, ?, ?)",
				contactRows);
		List<Long> contactIds = this.jdbc.queryForList("select id from contact where owner_id = ? order by id",
				Long.class, ownerId);

		InteractionKind[] kinds = InteractionKind.values();
		Direction[] directions = Direction.values();
		List<Object[]> interactionRows = new ArrayList<>(INTERACTIONS);
		for (int i = 0; i < INTERACTIONS; i++) {
			int daysAgo = (random.nextInt(100) == 0) ? -1 - random.nextInt(60)
					: (int) (random.nextDouble() * random.nextDouble() * 1825);
			interactionRows.add(new Object[] { ownerId, Date.valueOf(TODAY.minusDays(daysAgo)),
					kinds[random.nextInt(kinds.length)].name(), directions[random.nextInt(directions.length)].name(),
					now });
		}
		this.jdbc.batchUpdate(
				"insert into interaction (owner_id, occurred_on, kind, direction, created_at) values (?, ?, ?, ?, ?)",
				interactionRows);
		List<Long> interactionIds = this.jdbc.queryForList("select id from interaction where owner_id = ? order by id",
				Long.class, ownerId);

		List<Object[]> participantRows = new ArrayList<>(INTERACTIONS + INTERACTIONS / 10);
		for (int i = 0; i < interactionIds.size(); i++) {
			long interactionId = interactionIds.get(i);
			// Each participant row carries a copy of its interaction's date, kind and
			// direction.
			Object[] interaction = interactionRows.get(i);
			long first = contactIds.get(skewed(random));
			participantRows.add(new Object[] { interactionId, first, interaction[1], interaction[2], interaction[3] });
			if (random.nextInt(10) == 0) {
				long second = contactIds.get(skewed(random));
				if (second != first) {
					participantRows
						.add(new Object[] { interactionId, second, interaction[1], interaction[2], interaction[3] });
				}
			}
		}
		this.jdbc.batchUpdate(
				"insert into interaction_participant (interaction_id, contact_id, occurred_on, kind, direction) values (?, ?, ?, ?, ?)",
				participantRows);
	}

	/** Most interactions go to a few people: index ~ CONTACTS · u³. */
	private static int skewed(Random random) {
		double u = random.nextDouble();
		return Math.min(CONTACTS - 1, (int) (CONTACTS * u * u * u));
	}

}
