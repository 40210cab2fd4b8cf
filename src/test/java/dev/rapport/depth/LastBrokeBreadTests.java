package dev.rapport.depth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestFixtures;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Last broke bread" and the latest interaction of each kind and direction come from one
 * index step per kind and direction in the database; on random histories (logged, edited,
 * deleted, some planned, several a day) they equal what the rules give over every row the
 * test logged, for several days taken as "today". The full recompute's read of every row
 * (from the same copies) is checked against those rows too.
 */
@WebIntegrationTest
class LastBrokeBreadTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	InteractionService interactions;

	@Autowired
	BreakingBreadService breakingBread;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void theDatabasesLatestOfEachKindIsTheLatestOfTheRows(long seed) {
		Random random = new Random(seed);
		AccountPrincipal owner = this.fixtures.signUp("Bread " + seed);
		AccountPrincipal stranger = this.fixtures.signUp("Stranger " + seed);
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(this.fixtures.contact(owner, "Person" + i, "Bread"));
		}
		Map<Long, Logged> logged = new HashMap<>();
		for (int i = 0; i < 240; i++) {
			InteractionCommand form = randomForm(random, people, null);
			long id = this.interactions.log(owner.id(), form, TODAY);
			logged.put(id, new Logged(form));
		}
		// Edits and deletions rewrite or drop the participant rows' copies.
		List<Long> ids = new ArrayList<>(logged.keySet());
		for (int i = 0; i < 40; i++) {
			long id = ids.get(random.nextInt(ids.size()));
			if (!logged.containsKey(id)) {
				continue;
			}
			if (random.nextBoolean()) {
				long version = this.interactions.get(owner.id(), id, TODAY).version();
				InteractionCommand form = randomForm(random, people, version);
				this.interactions.update(owner.id(), id, form, TODAY);
				logged.put(id, new Logged(form));
			}
			else {
				this.interactions.delete(owner.id(), id, TODAY);
				logged.remove(id);
			}
		}

		// The full recompute reads the same copies, every row of the owner at once.
		assertThat(this.interactions.allRowsOf(owner.id()))
			.containsExactlyInAnyOrderElementsOf(people.stream().flatMap(id -> rowsOf(logged, id).stream()).toList());

		int compared = 0;
		for (LocalDate today : List.of(TODAY, TODAY.minusDays(30), TODAY.minusDays(400), TODAY.plusDays(20))) {
			for (long contactId : people) {
				List<ContactInteraction> rows = rowsOf(logged, contactId);
				List<ContactInteraction> latest = this.interactions.latestOfEachKind(owner.id(), contactId, today);
				assertThat(latest).as("contact %d on %s", contactId, today)
					.containsExactlyInAnyOrderElementsOf(latestOfEachKind(rows, contactId, today));
				assertThat(this.breakingBread.lastBrokeBread(owner.id(), contactId, today))
					.as("contact %d on %s", contactId, today)
					.isEqualTo(BreakingBread.lastBrokeBread(rows, today));
				assertThat(this.interactions.latestOfEachKind(stranger.id(), contactId, today))
					.as("another owner's contact")
					.isEmpty();
				compared += latest.size();
			}
		}
		assertThat(compared).as("histories with something to compare").isGreaterThan(100);
	}

	/**
	 * Mostly one person, sometimes several; two and a half years back, a few planned;
	 * every kind and direction, often on a day that already has one.
	 */
	private static InteractionCommand randomForm(Random random, List<Long> people, Long version) {
		Set<Long> participants = new LinkedHashSet<>();
		int count = (random.nextDouble() < 0.2) ? 2 + random.nextInt(3) : 1;
		while (participants.size() < count) {
			participants.add(people.get(random.nextInt(people.size())));
		}
		double when = random.nextDouble();
		LocalDate date = (when < 0.08) ? TODAY.plusDays(1 + random.nextInt(60))
				: TODAY.minusDays(random.nextInt((when < 0.5) ? 60 : 900));
		InteractionKind[] kinds = InteractionKind.values();
		Direction[] directions = Direction.values();
		return new InteractionCommand(date, kinds[random.nextInt(kinds.length)],
				directions[random.nextInt(directions.length)], List.copyOf(participants), "Random", null, version);
	}

	private static List<ContactInteraction> rowsOf(Map<Long, Logged> logged, long contactId) {
		return logged.values()
			.stream()
			.filter(row -> row.form().participantIds().contains(contactId))
			.map(row -> new ContactInteraction(contactId, row.form().date(), row.form().kind(), row.form().direction()))
			.toList();
	}

	/** The latest row on or before today of each kind and direction, over every row. */
	private static List<ContactInteraction> latestOfEachKind(List<ContactInteraction> rows, long contactId,
			LocalDate today) {
		Map<String, ContactInteraction> latest = new HashMap<>();
		for (ContactInteraction row : rows) {
			if (!row.date().isAfter(today)) {
				latest.merge(row.kind() + "/" + row.direction(), row, (a, b) -> a.date().isAfter(b.date()) ? a : b);
			}
		}
		return List.copyOf(latest.values());
	}

	private record Logged(InteractionCommand form) {
	}

}
