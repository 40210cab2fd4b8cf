package dev.rapport.depth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.Rhythm;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.ScoringProperties;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestFixtures;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-history depth pages (the gathering worth hosting, the rhythm check, give and
 * take) total in the database and read scores from the stored states; on random networks
 * they give exactly what the same rules give over every row of the owner, scored by the
 * pure scorer (the way the pages worked before).
 */
@WebIntegrationTest
class DepthTotalsTests {

	static final LocalDate TODAY = TestClock.TODAY;

	static final List<String> TAGS = List.of("choir", "band", "work");

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Autowired
	GatheringService gatherings;

	@Autowired
	GiveFirstService giveFirst;

	@Autowired
	RhythmService rhythm;

	@Autowired
	Scorer scorer;

	@Autowired
	ScoringProperties properties;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void theDatabasesTotalsEqualTheTotalsOverEveryRow(long seed) {
		AccountPrincipal owner = this.fixtures.signUp("Totals " + seed);
		randomNetwork(owner.id(), new Random(seed));
		List<ContactInteraction> rows = this.interactions.allRowsOf(owner.id());

		// Gatherings: the same people in the same order, for the same reason.
		List<List<Long>> expected = referenceGatherings(owner.id(), rows);
		List<List<Long>> actual = this.gatherings.suggestions(owner.id(), TODAY)
			.stream()
			.map(GatheringService.Suggestion::contactIds)
			.toList();
		assertThat(actual).isEqualTo(expected);
		assertThat(actual).as("a network that has gatherings to compare").isNotEmpty();

		// Give and take: the same lines in the same order.
		// (The page leaves out lines of people it cannot name.)
		Set<Long> named = this.contacts
			.refs(owner.id(), rows.stream().map(ContactInteraction::contactId).distinct().toList())
			.keySet();
		List<GiveAndTake.Line> ledger = GiveAndTake.ledger(rows, TODAY)
			.stream()
			.filter(line -> named.contains(line.contactId()))
			.toList();
		assertThat(this.giveFirst.ledger(owner.id(), TODAY))
			.extracting(line -> new GiveAndTake.Line(line.contact().id(), line.given(), line.received()))
			.isEqualTo(ledger);
		assertThat(ledger).as("a network with favours to compare").isNotEmpty();

		// Rhythm: the same distinct (contact, day) pairs in the last 90 days.
		LocalDate from = TODAY.minusDays(RhythmCheck.WINDOW_DAYS - 1);
		Set<String> touches = new HashSet<>();
		rows.stream()
			.filter(row -> !row.date().isBefore(from) && !row.date().isAfter(TODAY))
			.forEach(row -> touches.add(row.contactId() + "@" + row.date()));
		assertThat(touches).as("a network with recent touches to compare").isNotEmpty();
		assertThat(this.rhythm.check(owner.id(), TODAY, false).achievedPerMonth())
			.isEqualTo(touches.size() * RhythmCheck.DAYS_PER_MONTH / RhythmCheck.WINDOW_DAYS);
	}

	/**
	 * The gatherings as the picker finds them from every row of the owner, each contact
	 * scored from its rows.
	 */
	private List<List<Long>> referenceGatherings(long ownerId, List<ContactInteraction> rows) {
		Set<Long> suggestable = this.contacts.suggestableIds(ownerId);
		Map<Long, LocalDate> knownSince = this.contacts.knownSinceDates(ownerId);
		Map<Long, Integer> rhythms = this.contacts.intendedRhythms(ownerId);
		Map<Long, List<String>> tags = this.contacts.tagsByContact(ownerId);
		Map<Long, List<ScoredInteraction>> byContact = new HashMap<>();
		for (ContactInteraction row : rows) {
			byContact.computeIfAbsent(row.contactId(), id -> new ArrayList<>())
				.add(new ScoredInteraction(row.date(), row.kind(), row.direction()));
		}
		GatheringPicker picker = new GatheringPicker(this.scorer, this.properties);
		LocalDate windowStart = picker.gapWindowStart(TODAY);
		List<GatheringPicker.Person> people = new ArrayList<>();
		byContact.forEach((id, contactRows) -> people
			.add(PickerPeople.fromRows(this.scorer, windowStart, TODAY, id, contactRows, knownSince.get(id),
					rhythms.get(id), suggestable.contains(id), tags.getOrDefault(id, List.of()))));
		List<InteractionService.Group> groups = this.interactions.groupsBetween(ownerId,
				TODAY.minusDays(GatheringService.MET_TOGETHER_WINDOW_DAYS), TODAY);
		return picker
			.pick(people, groups.stream().map(InteractionService.Group::participantIds).toList(),
					groups.stream().map(InteractionService.Group::date).toList(), TODAY)
			.stream()
			.map(GatheringPicker.Gathering::contactIds)
			.toList();
	}

	/**
	 * Thirty people, some tagged, some with a rhythm, known since, not to be suggested or
	 * archived, with 150 interactions over two and a half years (most of them long ago;
	 * mostly with one person, some with several, some planned, every kind and direction),
	 * and four friends who are due.
	 */
	private void randomNetwork(long ownerId, Random random) {
		List<Long> ids = new ArrayList<>();
		Rhythm[] rhythms = Rhythm.values();
		for (int i = 0; i < 30; i++) {
			Set<String> tags = new LinkedHashSet<>();
			if (random.nextDouble() < 0.8) {
				tags.add(TAGS.get(random.nextInt(TAGS.size())));
			}
			LocalDate knownSince = (random.nextDouble() < 0.3) ? TODAY.minusDays(1000 + random.nextInt(2000)) : null;
			Integer rhythmDays = (random.nextDouble() < 0.3) ? rhythms[random.nextInt(rhythms.length)].days() : null;
			long id = this.contacts.create(ownerId,
					new ContactCommand("Person" + i, "Random", null, null, null, null, null, null, null, null, null,
							knownSince, random.nextDouble() < 0.1, tags, null, rhythmDays, null, null));
			ids.add(id);
		}
		InteractionKind[] kinds = InteractionKind.values();
		Direction[] directions = Direction.values();
		List<InteractionCommand> forms = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			Set<Long> people = new LinkedHashSet<>();
			// A few people carry most of the history, as in a real network.
			int count = (random.nextDouble() < 0.15) ? 2 + random.nextInt(4) : 1;
			while (people.size() < count) {
				people.add(ids.get((int) Math.min(ids.size() - 1, Math.abs(random.nextGaussian()) * ids.size() / 2)));
			}
			double when = random.nextDouble();
			LocalDate date = (when < 0.05) ? TODAY.plusDays(1 + random.nextInt(60))
					: (when < 0.2) ? TODAY.minusDays(random.nextInt(90)) : TODAY.minusDays(90 + random.nextInt(810));
			forms.add(new InteractionCommand(date, kinds[random.nextInt(kinds.length)],
					directions[random.nextInt(directions.length)], List.copyOf(people), "Random " + i, null, null));
		}
		// Four friends who are surely due (monthly calls that stopped three months ago)
		// and
		// once had supper together: a gathering for each way of finding one, whatever
		// the random rest.
		List<Long> friends = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			long friend = this.contacts.create(ownerId, new ContactCommand("Friend" + i, "Random", null, null, null,
					null, null, null, null, null, null, null, false, Set.of("supper club"), null, null, null, null));
			friends.add(friend);
			for (int month = 0; month < 12; month++) {
				forms.add(new InteractionCommand(TODAY.minusDays(90 + 30L * month), InteractionKind.CALL,
						Direction.MUTUAL, List.of(friend), "Monthly call", null, null));
			}
		}
		forms.add(new InteractionCommand(TODAY.minusDays(200), InteractionKind.MEAL, Direction.ME,
				List.of(friends.get(0), friends.get(1), friends.get(2), ids.get(0)), "Supper", null, null));
		this.interactions.logEach(ownerId, forms, TODAY);
		for (int i = 0; i < 2; i++) {
			this.contacts.archive(ownerId, ids.get(random.nextInt(ids.size())));
		}
	}

}
