package dev.rapport.api;

import java.time.LocalDate;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.scoring.RelationshipScore;
import dev.rapport.scoring.ScoringService;
import dev.rapport.support.TestClock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreApiTests extends ApiTestSupport {

	/**
	 * The test clock's instant, 2026-11-18T10:00Z, is the same day in Berlin, the test
	 * users' zone.
	 */
	private static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	ScoringService scoring;

	@Test
	void answersTheScoreRoundedToOneDecimalWithTierExplanationAndWhoStartedContact() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = createContact(token, "Ana");
		logInteraction(token, "2026-11-10", ana, "ME");
		logInteraction(token, "2026-10-20", ana, "THEM");
		logInteraction(token, "2026-09-02", ana, "THEM");

		MvcTestResult result = call(this.mvc.get().uri("/api/v1/contacts/{id}/score", ana), token);

		assertThat(result).hasStatusOk();
		RelationshipScore expected = this.scoring.scoreOf(user.id(), ana, TODAY);
		double score = ((Number) read(result, "$.score")).doubleValue();
		double bond = ((Number) read(result, "$.bond")).doubleValue();
		assertThat(score).isCloseTo(expected.depth(), within(0.05)).isEqualTo(Math.round(score * 10) / 10.0);
		assertThat(bond).isCloseTo(expected.bond(), within(0.05)).isEqualTo(Math.round(bond * 10) / 10.0);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"tier": "%s", "initiatedByMe": 1, "initiatedByThem": 2}""".formatted(expected.tier().name()));
		assertThat(result).bodyJson().extractingPath("$.explanation").asString().startsWith("A ").doesNotContain("Ana");
		assertThat(expected.tier().hasHistory()).isTrue();
	}

	@Test
	void aContactWithoutHistoryHasNoScoreRatherThanZero() throws Exception {
		String token = tokenOf(signUp());
		long bea = createContact(token, "Bea");

		MvcTestResult result = call(this.mvc.get().uri("/api/v1/contacts/{id}/score", bea), token);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"score": null, "bond": null, "tier": "NO_HISTORY",
				 "explanation": "No history yet: log a first interaction to see how this relationship is going.",
				 "initiatedByMe": 0, "initiatedByThem": 0, "lastBrokeBread": null}""");
	}

	@Test
	void unknownContactIs404AndNoTokenIs401() throws Exception {
		String token = tokenOf(signUp());

		assertProblem(call(this.mvc.get().uri("/api/v1/contacts/{id}/score", Long.MAX_VALUE), token), 404);
		assertProblem(this.mvc.get().uri("/api/v1/contacts/1/score").exchange(), 401);
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/contacts/abc/score"), token), "id");
	}

	@Test
	void filtersTheContactListByTierAndSortsByDepth() throws Exception {
		String token = tokenOf(signUp());
		long zoe = createContact(token, "Zoe");
		long bruno = createContact(token, "Bruno");
		long carla = createContact(token, "Carla");
		logInteraction(token, "2026-11-16", zoe, "MUTUAL");
		logInteraction(token, "2026-11-12", zoe, "MUTUAL");
		logInteraction(token, "2025-03-01", carla, "MUTUAL");
		String tierOfZoe = read(call(this.mvc.get().uri("/api/v1/contacts/{id}/score", zoe), token), "$.tier");

		assertThat(call(this.mvc.get().uri("/api/v1/contacts?sort=DEPTH"), token)).bodyJson()
			.extractingPath("$.content[*].firstName")
			.asArray()
			.containsExactly("Zoe", "Carla", "Bruno");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts?tier=NO_HISTORY"), token)).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly((int) bruno);
		assertThat(call(this.mvc.get().uri("/api/v1/contacts?tier={tier}", tierOfZoe), token)).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.contains((int) zoe)
			.doesNotContain((int) bruno);
	}

	@Test
	void anUnknownTierIsAFieldError() throws Exception {
		String token = tokenOf(signUp());

		MvcTestResult result = call(this.mvc.get().uri("/api/v1/contacts?tier=BEST_FRIENDS"), token);

		assertFieldErrors(result, "tier");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("INNER_CIRCLE, CLOSE, ACTIVE, ACQUAINTANCE, DORMANT, NO_HISTORY");
	}

}
