package dev.rapport.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.rapport.interaction.InteractionKind.CALL;
import static dev.rapport.interaction.InteractionKind.COFFEE;
import static dev.rapport.interaction.InteractionKind.FAVOUR;
import static dev.rapport.interaction.InteractionKind.MEAL;
import static dev.rapport.interaction.InteractionKind.MESSAGE;
import static dev.rapport.scoring.Interactions.PROPERTIES;
import static dev.rapport.scoring.Interactions.TODAY;
import static dev.rapport.scoring.Interactions.byMe;
import static dev.rapport.scoring.Interactions.byThem;
import static dev.rapport.scoring.Interactions.daysAgo;
import static dev.rapport.scoring.Interactions.mutual;
import static org.assertj.core.api.Assertions.assertThat;

/** What the scorer reports besides S and B, and which rows it counts. */
class ScoreFactsTests {

	private final Scorer scorer = new Scorer(PROPERTIES);

	private ScoreReading readingOf(List<ScoredInteraction> rows) {
		return this.scorer.readingOn(rows, null, TODAY);
	}

	private double depthOf(List<ScoredInteraction> rows) {
		return readingOf(rows).depth();
	}

	@Test
	void plannedInteractionsDoNotCountYet() {
		List<ScoredInteraction> past = List.of(mutual(CALL, daysAgo(3)));
		List<ScoredInteraction> withPlanned = List.of(mutual(CALL, daysAgo(3)), mutual(MEAL, TODAY.plusDays(1)));

		assertThat(readingOf(withPlanned)).isEqualTo(readingOf(past));
	}

	@Test
	void onlyPlannedInteractionsMeanNoHistory() {
		RelationshipScore score = this.scorer.score(List.of(mutual(MEAL, TODAY.plusDays(5))), null, TODAY);

		assertThat(score.tier()).isEqualTo(Tier.NO_HISTORY);
		assertThat(score.depth()).isNull();
		assertThat(score.facts()).isNull();
	}

	@Test
	void anEarlierKnownSinceDayCountsTowardsTenure() {
		List<ScoredInteraction> rows = List.of(mutual(COFFEE, daysAgo(7)));

		double withoutKnownSince = depthOf(rows);
		double knownLonger = this.scorer.readingOn(rows, daysAgo(400), TODAY).depth();
		double knownLater = this.scorer.readingOn(rows, daysAgo(2), TODAY).depth();

		assertThat(knownLonger).isGreaterThan(withoutKnownSince);
		assertThat(knownLater).isEqualTo(withoutKnownSince);
	}

	@Test
	void bondOnAPastDayIgnoresWhatCameAfter() {
		List<ScoredInteraction> rows = List.of(mutual(MEAL, daysAgo(800)), mutual(CALL, daysAgo(10)));

		assertThat(this.scorer.bondOn(rows, null, daysAgo(800)).getAsDouble())
			.isEqualTo(this.scorer.readingOn(List.of(mutual(MEAL, daysAgo(800))), null, daysAgo(800)).bond());
		assertThat(this.scorer.bondOn(rows, null, daysAgo(801))).isEmpty();
	}

	@Test
	void theRichestRecentInteractionWeighsKindAgainstAge() {
		List<ScoredInteraction> rows = List.of(mutual(MEAL, daysAgo(20)), mutual(MESSAGE, TODAY),
				mutual(CALL, daysAgo(2)));

		ScoreFacts facts = factsOf(rows);

		assertThat(facts.richest()).isEqualTo(mutual(MEAL, daysAgo(20)));
	}

	@Test
	void recentContactsCountRowsOfTheLastNinetyDaysAndTheirLiveShare() {
		List<ScoredInteraction> rows = List.of(mutual(MEAL, daysAgo(90)), mutual(MESSAGE, daysAgo(1)),
				mutual(MESSAGE, daysAgo(1)), mutual(CALL, daysAgo(91)));

		ScoreFacts facts = factsOf(rows);

		assertThat(facts.recentContacts()).isEqualTo(3);
		assertThat(facts.recentLiveContacts()).isEqualTo(1);
		assertThat(facts.interactionDays()).isEqualTo(3);
		assertThat(facts.lastDay()).isEqualTo(daysAgo(1));
		assertThat(facts.lastLiveDay()).isEqualTo(daysAgo(90));
	}

	@Test
	void whoStartedCountsTheLastYearWithoutServices() {
		List<ScoredInteraction> rows = List.of(byMe(CALL, daysAgo(365)), byMe(CALL, daysAgo(366)),
				byMe(FAVOUR, daysAgo(5)), byThem(MESSAGE, daysAgo(3)), mutual(MEAL, daysAgo(2)));

		ScoreFacts facts = factsOf(rows);

		assertThat(facts.startedByMe()).isEqualTo(1);
		assertThat(facts.startedByThem()).isEqualTo(1);
	}

	private ScoreFacts factsOf(List<ScoredInteraction> rows) {
		return this.scorer.score(rows, null, TODAY).facts();
	}

}
