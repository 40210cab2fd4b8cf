package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.rapport.interaction.Direction;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

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

/**
 * Each modifier's sentence, on histories whose numbers were checked against the formula
 * by hand.
 */
class ExplanationWriterTests {

	private final Scorer scorer = new Scorer(PROPERTIES);

	private final ExplanationWriter writer = new ExplanationWriter(PROPERTIES);

	/** The bundles the application says the sentence with, in English as the API does. */
	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("messages/messages", "messages/scoring");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private String sentence(String name, List<ScoredInteraction> rows, LocalDate knownSince) {
		return MESSAGES.getMessage(this.writer.sentence(this.scorer.score(rows, knownSince, TODAY)), Locale.ENGLISH);
	}

	private String sentence(String name, List<ScoredInteraction> rows) {
		return sentence(name, rows, null);
	}

	@Test
	void steadyTwoWayContactSaysSo() {
		List<ScoredInteraction> rows = new ArrayList<>(callsEvery(7, 3, daysAgo(3)));
		rows.add(mutual(MEAL, daysAgo(3)));

		assertThat(sentence("Ana", rows)).isEqualTo(
				"A meal 3 days ago, 14 contacts in the last 3 months (all in person or on a call); two-way and steady.");
	}

	@Test
	void dormancyComesFirst() {
		List<ScoredInteraction> meals = every(2, 500, MEAL, Direction.MUTUAL, daysAgo(730));

		assertThat(sentence("Ivy", meals))
			.isEqualTo("A meal 2 years ago, 0 contacts in the last 3 months; no contact for 2 years.");
	}

	@Test
	void theLiveContactCapExplainsAnActiveTier() {
		List<ScoredInteraction> emails = every(7, 260, EMAIL, Direction.MUTUAL, TODAY);

		assertThat(sentence("Gil", emails)).isEqualTo(
				"An email today, 13 contacts in the last 3 months (none in person or on a call); a call or a meeting would lift it above active (none in the last 6 months).");
	}

	@Test
	void theLiveContactCapExplainsACloseTier() {
		List<ScoredInteraction> meals = every(7, 260, MEAL, Direction.MUTUAL, daysAgo(70));

		assertThat(sentence("Hal", meals)).isEqualTo(
				"A meal 2 months ago, 3 contacts in the last 3 months (all in person or on a call); a call or a meeting would lift it above close (none in the last 2 months).");
	}

	@Test
	void oneSidedContactNamesWhoStartedAndWhatItCosts() {
		List<ScoredInteraction> calls = every(30, 25, CALL, Direction.ME, TODAY);

		assertThat(sentence("Cy", calls)).isEqualTo(
				"A call today, 4 contacts in the last 3 months (all in person or on a call); this year you got in touch 13 times and they 0 times (10 points less).");
	}

	@Test
	void oneSidednessIsNotMentionedBeforeThreeInteractionDays() {
		List<ScoredInteraction> calls = List.of(byMe(CALL, daysAgo(200)), byMe(CALL, daysAgo(10)));

		assertThat(sentence("Jo", calls, daysAgo(3000))).isEqualTo(
				"A call 10 days ago, 1 contact in the last 3 months (in person or on a call); two-way and steady.");
	}

	@Test
	void aNewRelationshipSaysHowLongItIsKnown() {
		List<ScoredInteraction> coffees = every(3, 8, COFFEE, Direction.MUTUAL, TODAY);

		assertThat(sentence("Di", coffees)).isEqualTo(
				"A coffee today, 8 contacts in the last 3 months (all in person or on a call); you have known each other 3 weeks, so it is still new (8 points less).");
	}

	@Test
	void aSingleContactIsSingular() {
		assertThat(sentence("Flo", List.of(mutual(CALL, daysAgo(1))))).isEqualTo(
				"A call yesterday, 1 contact in the last 3 months (in person or on a call); you have known each other 1 day, so it is still new (9 points less).");
	}

	@Test
	void helpingEachOtherIsCreditedWhenItMovesTheScore() {
		List<ScoredInteraction> rows = new ArrayList<>(callsEvery(7, 3, TODAY));
		rows.add(byMe(FAVOUR, daysAgo(10)));
		rows.add(byThem(INTRODUCTION, daysAgo(20)));

		assertThat(sentence("Ed", rows)).isEqualTo(
				"A favour 10 days ago, 15 contacts in the last 3 months (13 in person or on a call); you've helped each other this year (3 points more).");
	}

	@Test
	void noHistoryInvitesAFirstInteraction() {
		assertThat(sentence("Kim", List.of()))
			.isEqualTo("No history yet: log a first interaction to see how this relationship is going.");
	}

	@Test
	void theSentenceNeitherRepeatsWhatIsShownBesideItNorUsesJargon() {
		List<ScoredInteraction> rows = new ArrayList<>(callsEvery(7, 3, daysAgo(3)));
		RelationshipScore score = this.scorer.score(rows, null, TODAY);
		String sentence = MESSAGES.getMessage(this.writer.sentence(score), Locale.ENGLISH);
		assertThat(sentence).doesNotContain(MESSAGES.getMessage(score.tier().messageKey(), null, Locale.ENGLISH), " · ",
				"live", "pts", String.valueOf(Math.round(score.depth())) + ":");
	}

}
