package dev.rapport.depth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.rapport.depth.GatheringPicker.Gathering;
import dev.rapport.depth.GatheringPicker.Person;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.ScoringProperties;
import dev.rapport.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Gatherings on Wednesday 18 November 2026. */
class GatheringPickerTests {

	static final LocalDate TODAY = TestClock.TODAY;

	static final Scorer SCORER = new Scorer(ScoringProperties.defaults());

	final GatheringPicker picker = new GatheringPicker(SCORER, ScoringProperties.defaults());

	@Test
	void suggestsThreeOrMoreDuePeopleWhoShareATag() {
		List<Person> people = List.of(due(1, "climbing"), due(2, "climbing", "work"), due(3, "Climbing"),
				notDue(4, "climbing"), due(5, "work"));

		List<Gathering> gatherings = this.picker.pick(people, List.of(), List.of(), TODAY);

		assertThat(gatherings).singleElement().satisfies(gathering -> {
			assertThat(gathering.contactIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
			assertThat(gathering.tag()).isEqualTo("climbing");
		});
	}

	@Test
	void twoDuePeopleAreNoGathering() {
		assertThat(this.picker.pick(List.of(due(1, "book club"), due(2, "book club"), notDue(3, "book club")),
				List.of(), List.of(), TODAY))
			.isEmpty();
	}

	@Test
	void peopleWhoMetTogetherBeforeMakeAGatheringToo() {
		List<Person> people = List.of(due(1), due(2), due(3), due(4));

		List<Gathering> gatherings = this.picker.pick(people, List.of(Set.of(1L, 2L, 3L, 9L)),
				List.of(TODAY.minusDays(200)), TODAY);

		assertThat(gatherings).singleElement().satisfies(gathering -> {
			assertThat(gathering.contactIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
			assertThat(gathering.tag()).isNull();
			assertThat(gathering.metOn()).isEqualTo(TODAY.minusDays(200));
		});
	}

	@Test
	void keepsAtMostSixOfTheMostPressing() {
		List<Person> people = new ArrayList<>();
		for (long id = 1; id <= 8; id++) {
			people.add(person(id, monthlyCallsEndingDaysAgo(40 + id * 10), null, null, true, List.of("band")));
		}

		assertThat(this.picker.pick(people, List.of(), List.of(), TODAY)).singleElement().satisfies(gathering -> {
			assertThat(gathering.contactIds()).containsExactlyInAnyOrder(3L, 4L, 5L, 6L, 7L, 8L);
			assertThat(gathering.contactIds().get(0)).isEqualTo(8L);
		});
	}

	@Test
	void leavesOutWhoIsNotSuggestableHasSomethingPlannedIsDormantOrHasNoHistory() {
		List<ScoredInteraction> planned = monthlyCallsEndingDaysAgo(90);
		planned.add(new ScoredInteraction(TODAY.plusDays(3), InteractionKind.MEAL, Direction.MUTUAL));
		List<ScoredInteraction> dormant = List
			.of(new ScoredInteraction(TODAY.minusDays(600), InteractionKind.MEAL, Direction.MUTUAL));
		List<Person> people = List.of(due(1, "choir"), due(2, "choir"),
				person(3, monthlyCallsEndingDaysAgo(90), null, null, false, List.of("choir")),
				person(4, planned, null, null, true, List.of("choir")),
				person(5, dormant, null, null, true, List.of("choir")),
				person(6, List.of(), null, null, true, List.of("choir")));

		assertThat(this.picker.pick(people, List.of(), List.of(), TODAY)).isEmpty();
	}

	@Test
	void anIntendedRhythmDecidesWhoIsDue() {
		// Monthly calls, the last 20 days ago: not due by the learned rhythm, due by a
		// weekly intent.
		List<Person> people = List.of(due(1, "team"), due(2, "team"),
				person(3, monthlyCallsEndingDaysAgo(20), null, null, true, List.of("team")));
		List<Person> withIntent = List.of(due(1, "team"), due(2, "team"),
				person(3, monthlyCallsEndingDaysAgo(20), null, 7, true, List.of("team")));

		assertThat(this.picker.pick(people, List.of(), List.of(), TODAY)).isEmpty();
		assertThat(this.picker.pick(withIntent, List.of(), List.of(), TODAY)).hasSize(1);
	}

	static Person due(long id, String... tags) {
		return person(id, monthlyCallsEndingDaysAgo(90), null, null, true, List.of(tags));
	}

	static Person notDue(long id, String... tags) {
		return person(id, monthlyCallsEndingDaysAgo(5), null, null, true, List.of(tags));
	}

	/** A person as the service gives them to the picker, from their rows. */
	static Person person(long id, List<ScoredInteraction> rows, LocalDate knownSince, Integer intendedDays,
			boolean suggestable, List<String> tags) {
		LocalDate windowStart = TODAY.minusDays(ScoringProperties.defaults().thisWeek().gapWindowDays());
		return PickerPeople.fromRows(SCORER, windowStart, TODAY, id, rows, knownSince, intendedDays, suggestable, tags);
	}

	static List<ScoredInteraction> monthlyCallsEndingDaysAgo(long daysAgo) {
		List<ScoredInteraction> rows = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			rows.add(new ScoredInteraction(TODAY.minusDays(daysAgo + 30L * i), InteractionKind.CALL, Direction.MUTUAL));
		}
		return rows;
	}

}
