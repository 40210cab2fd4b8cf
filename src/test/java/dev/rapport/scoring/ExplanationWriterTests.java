package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.rapport.interaction.Direction;
import org.junit.jupiter.api.Test;

import static dev.rapport.interaction.InteractionKind.CALL;
import static dev.rapport.interaction.InteractionKind.COFFEE;
import static dev.rapport.interaction.InteractionKind.EMAIL;
import static dev.rapport.interaction.InteractionKind.FAVOUR;
import static dev.rapport.interaction.InteractionKind.INTRODUCTION;
import static dev.rapport.interaction.InteractionKind.MEAL;
import static dev.rapport.scoring.Interactions.PROPERTIES;
import static dev.rapport.scoring.Interactions.TODAY;
import static dev.rapport.scoring.Interactions.byMe;
import static dev.rapport.scoring.Interactions.byThem;
import static dev.rapport.scoring.Interactions.callsEvery;
import static dev.rapport.scoring.Interactions.daysAgo;
import static dev.rapport.scoring.Interactions.every;
import static dev.rapport.scoring.Interactions.mutual;
import static org.assertj.core.api.Assertions.assertThat;

/** Each modifier's sentence, on histories whose numbers were checked against the formula by hand. */
class ExplanationWriterTests {

	private final Scorer scorer = new Scorer(PROPERTIES);

	private final ExplanationWriter writer = new ExplanationWriter(PROPERTIES);

	private String sentence(String name, List<ScoredInteraction> rows, LocalDate knownSince) {
		return this.writer.sentence(name, this.scorer.score(rows, knownSince, TODAY));
	}

	private String sentence(String name, List<ScoredInteraction> rows) {
		return sentence(name, rows, null);
	}

	@Test
	void steadyTwoWayContactSaysSo() {
		List<ScoredInteraction> rows = new ArrayList<>(callsEvery(7, 3, daysAgo(3)));
		rows.add(mutual(MEAL, daysAgo(3)));

		assertThat(sentence("Ana", rows)).isEqualTo(
				"Ana · Inner circle · 79: a meal 3 days ago, 14 contacts in the last 3 months (14 live); two-way and steady.");
	}

	@Test
	void dormancyComesFirst() {
		List<ScoredInteraction> meals = every(2, 500, MEAL, Direction.MUTUAL, daysAgo(730));

		assertThat(sentence("Ivy", meals)).isEqualTo(
				"Ivy · Dormant · 76: a meal 2 years ago, 0 contacts in the last 3 months (0 live); no contact for 2 years, so dormant.");
	}

	@Test
	void theLiveContactCapExplainsAnActiveTier() {
		List<ScoredInteraction> emails = every(7, 260, EMAIL, Direction.MUTUAL, TODAY);

		assertThat(sentence("Gil", emails)).isEqualTo(
				"Gil · Active · 58: an email today, 13 contacts in the last 3 months (0 live); no call or meeting in the last 6 months, so capped at active.");
	}

	@Test
	void theLiveContactCapExplainsACloseTier() {
		List<ScoredInteraction> meals = every(7, 260, MEAL, Direction.MUTUAL, daysAgo(70));

		assertThat(sentence("Hal", meals)).isEqualTo(
				"Hal · Close · 81: a meal 2 months ago, 3 contacts in the last 3 months (3 live); no call or meeting in the last 2 months, so capped at close.");
	}

	@Test
	void oneSidedContactNamesWhoStartedAndWhatItCosts() {
		List<ScoredInteraction> calls = every(30, 25, CALL, Direction.ME, TODAY);

		assertThat(sentence("Cy", calls)).isEqualTo(
				"Cy · Active · 48: a call today, 4 contacts in the last 3 months (4 live); one-sided: this year you started 13, they started 0 (-10 pts).");
	}

	@Test
	void oneSidednessIsNotMentionedBeforeThreeInteractionDays() {
		List<ScoredInteraction> calls = List.of(byMe(CALL, daysAgo(200)), byMe(CALL, daysAgo(10)));

		assertThat(sentence("Jo", calls, daysAgo(3000))).isEqualTo(
				"Jo · Acquaintance · 32: a call 10 days ago, 1 contact in the last 3 months (1 live); two-way and steady.");
	}

	@Test
	void aNewRelationshipSaysHowLongItIsKnown() {
		List<ScoredInteraction> coffees = every(3, 8, COFFEE, Direction.MUTUAL, TODAY);

		assertThat(sentence("Di", coffees)).isEqualTo(
				"Di · Active · 71: a coffee today, 8 contacts in the last 3 months (8 live); still new, known 3 weeks (-8 pts).");
	}

	@Test
	void aSingleContactIsSingular() {
		assertThat(sentence("Flo", List.of(mutual(CALL, daysAgo(1))))).isEqualTo(
				"Flo · Acquaintance · 33: a call yesterday, 1 contact in the last 3 months (1 live); still new, known 1 day (-9 pts).");
	}

	@Test
	void helpingEachOtherIsCreditedWhenItMovesTheScore() {
		List<ScoredInteraction> rows = new ArrayList<>(callsEvery(7, 3, TODAY));
		rows.add(byMe(FAVOUR, daysAgo(10)));
		rows.add(byThem(INTRODUCTION, daysAgo(20)));

		assertThat(sentence("Ed", rows)).isEqualTo(
				"Ed · Inner circle · 83: a favour 10 days ago, 15 contacts in the last 3 months (13 live); you've helped each other this year (+3 pts).");
	}

	@Test
	void noHistoryInvitesAFirstInteraction() {
		assertThat(sentence("Kim", List.of())).isEqualTo("Kim · No history: log a first interaction to see a score.");
	}

}
