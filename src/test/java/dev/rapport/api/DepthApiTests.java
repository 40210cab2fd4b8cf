package dev.rapport.api;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The depth features through the API: intended rhythms on contacts and the rhythm check. The test
 * clock stands at Wednesday 18 November 2026.
 */
class DepthApiTests extends ApiTestSupport {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

	@Autowired
	InteractionService interactions;

	@Test
	void keepsAnIntendedRhythmOnTheContactAndNullMeansLearned() throws Exception {
		String token = tokenOf(signUp());
		MvcTestResult created = call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ana", "rhythmDays": 30, "lookingFor": "a flat in Lisbon", "canHelpWith": "climbing"}""");
		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().isLenientlyEqualTo("""
				{"rhythmDays": 30, "lookingFor": "a flat in Lisbon", "canHelpWith": "climbing"}""");

		long id = idOf(created);
		MvcTestResult learned = call(this.mvc.put().uri("/api/v1/contacts/{id}", id), token, """
				{"firstName": "Ana", "version": 0}""");
		assertThat(learned).hasStatusOk();
		assertThat(learned).bodyJson().extractingPath("$.rhythmDays").isNull();
	}

	@Test
	void refusesARhythmThatIsNotOneOfTheSteps() throws Exception {
		String token = tokenOf(signUp());

		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ana", "rhythmDays": 31}"""), "rhythmDays");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ana", "rhythmDays": "often"}"""), "rhythmDays");
	}

	@Test
	void thisWeekSaysWhenTheIntendedRhythmIsPast() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = idOf(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ana", "rhythmDays": 30}"""));
		for (int i = 0; i < 6; i++) {
			log(user, ana, TODAY.minusDays(49 + 90L * i), InteractionKind.CALL);
		}

		assertThat(call(this.mvc.get().uri("/api/v1/reconnect"), token)).bodyJson()
			.extractingPath("$.suggestions[0].reason")
			.isEqualTo("You wanted to be in touch monthly; it's been 7 weeks.");
	}

	@Test
	void comparesPromisedAndAchievedTouchesAndProposesWhomToLoosen() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long weeklyNew = idOf(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Wes", "rhythmDays": 7}"""));
		long monthly = idOf(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Mona", "rhythmDays": 30}"""));
		log(user, monthly, TODAY.minusDays(10), InteractionKind.COFFEE);
		log(user, monthly, TODAY.minusDays(40), InteractionKind.COFFEE);
		log(user, monthly, TODAY.minusDays(100), InteractionKind.COFFEE);

		MvcTestResult result = call(this.mvc.get().uri("/api/v1/rhythm"), token);

		// Promised: 365/12/7 + 365/12/30 = 5.36 a month; achieved: 2 touches in 90 days = 0.68.
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"promisedPerMonth": 5.4, "achievedPerMonth": 0.7,
				 "loosen": [{"contactId": %d, "fromDays": 7, "toDays": 14},
				            {"contactId": %d, "fromDays": 30, "toDays": 90}]}""".formatted(weeklyNew, monthly));
	}

	@Test
	void theRhythmCheckSeesOnlyTheOwnersContacts() throws Exception {
		String tokenOfA = tokenOf(signUp());
		call(this.mvc.post().uri("/api/v1/contacts"), tokenOfA, """
				{"firstName": "Wes", "rhythmDays": 7}""");
		String tokenOfB = tokenOf(signUp());

		assertThat(call(this.mvc.get().uri("/api/v1/rhythm?includeInnerCircle=true"), tokenOfB)).bodyJson()
			.isStrictlyEqualTo("""
					{"promisedPerMonth": 0.0, "achievedPerMonth": 0.0, "loosen": []}""");
	}

	@Test
	void theRhythmCheckNeedsAToken() {
		assertThat(this.mvc.get().uri("/api/v1/rhythm").exchange()).hasStatus(401);
	}

	void log(AccountPrincipal user, long contactId, LocalDate date, InteractionKind kind) {
		this.interactions.log(user.id(),
				new InteractionForm(date, kind, Direction.MUTUAL, List.of(contactId), null, null, null), TODAY);
	}

}
