package dev.rapport.api;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.TestClock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The depth features through the API: intended rhythms on contacts and the rhythm check.
 * The test clock stands at Wednesday 18 November 2026.
 */
class DepthApiTests extends ApiTestSupport {

	static final LocalDate TODAY = TestClock.TODAY;

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

		// Promised: 365/12/7 + 365/12/30 = 5.36 a month; achieved: 2 touches in 90 days =
		// 0.68.
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

	@Test
	void theScoreSaysWhenWeLastBrokeBreadAndNullWhenNever() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = createContact(token, "Ana");
		long bo = createContact(token, "Bo");
		log(user, ana, TODAY.minusDays(30), InteractionKind.MEAL);
		log(user, ana, TODAY.minusDays(2), InteractionKind.CALL);
		log(user, ana, TODAY.plusDays(2), InteractionKind.COFFEE);
		log(user, bo, TODAY.minusDays(2), InteractionKind.CALL);

		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/score", ana), token)).bodyJson()
			.extractingPath("$.lastBrokeBread")
			.isEqualTo("2026-10-19");
		MvcTestResult never = call(this.mvc.get().uri("/api/v1/contacts/{id}/score", bo), token);
		assertThat(never).hasStatusOk();
		assertThat(never).bodyJson().extractingPath("$.lastBrokeBread").isNull();
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/score", ana), tokenOf(signUp()))).hasStatus(404);
	}

	@Test
	void suggestsAnIntroductionAndLogsItWithAFollowUpInOneCall() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = idOf(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ana", "canHelpWith": "climbing routes around Lisbon"}"""));
		long ben = idOf(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ben", "lookingFor": "a climbing partner"}"""));

		assertThat(call(this.mvc.get().uri("/api/v1/introductions"), token)).bodyJson()
			.isStrictlyEqualTo(
					"""
							[{"contactIds": [%d, %d],
							  "because": "Ana can help with \u201cclimbing routes around Lisbon\u201d; Ben is looking for \u201ca climbing partner\u201d (both mention \u201cclimbing\u201d)."}]"""
						.formatted(ana, ben));

		MvcTestResult logged = call(this.mvc.post().uri("/api/v1/introductions"), token,
				"{\"contactIds\": [%d, %d]}".formatted(ana, ben));
		assertThat(logged).hasStatus(201);
		long interactionId = ((Number) read(logged, "$.interactionId")).longValue();
		long followUpId = ((Number) read(logged, "$.followUpId")).longValue();
		assertThat(call(this.mvc.get().uri("/api/v1/interactions/{id}", interactionId), token)).bodyJson()
			.isLenientlyEqualTo("""
					{"kind": "INTRODUCTION", "direction": "ME", "date": "2026-11-18", "participantIds": [%d, %d]}"""
				.formatted(ana, ben));
		assertThat(call(this.mvc.get().uri("/api/v1/follow-ups/{id}", followUpId), token)).bodyJson()
			.isLenientlyEqualTo("""
					{"contactId": %d, "interactionId": %d, "title": "Ask Ben how the introduction to Ana went",
					 "dueOn": "2026-12-02", "side": "I_OWE"}""".formatted(ben, interactionId));
		assertThat(call(this.mvc.get().uri("/api/v1/introductions"), token)).bodyJson().isStrictlyEqualTo("[]");
		assertThat(call(this.mvc.get().uri("/api/v1/ledger"), token)).bodyJson()
			.isStrictlyEqualTo("""
					[{"contactId": %d, "given": 1, "received": 0}, {"contactId": %d, "given": 1, "received": 0}]"""
				.formatted(ana, ben));
	}

	@Test
	void refusesAnIntroductionThatIsNotBetweenTwoOfMyContacts() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		long stranger = createContact(tokenOf(signUp()), "Stranger");

		assertFieldErrors(
				call(this.mvc.post().uri("/api/v1/introductions"), token, "{\"contactIds\": [%d]}".formatted(ana)),
				"contactIds");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/introductions"), token,
				"{\"contactIds\": [%d, %d]}".formatted(ana, ana)), "contactIds");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/introductions"), token, "{}"), "contactIds");
		assertThat(call(this.mvc.post().uri("/api/v1/introductions"), token,
				"{\"contactIds\": [%d, %d]}".formatted(ana, stranger)))
			.hasStatus(404);
		assertThat(call(this.mvc.get().uri("/api/v1/interactions"), token)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);
	}

	@Test
	void theLedgerPutsThoseIOnlyReceivedFromFirst() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long giver = createContact(token, "Gia");
		long taker = createContact(token, "Tom");
		logKind(user, giver, TODAY.minusDays(20), InteractionKind.FAVOUR, Direction.THEM);
		logKind(user, taker, TODAY.minusDays(10), InteractionKind.FAVOUR, Direction.ME);
		logKind(user, taker, TODAY.minusDays(400), InteractionKind.FAVOUR, Direction.THEM);

		assertThat(call(this.mvc.get().uri("/api/v1/ledger"), token)).bodyJson()
			.isStrictlyEqualTo("""
					[{"contactId": %d, "given": 0, "received": 1}, {"contactId": %d, "given": 1, "received": 0}]"""
				.formatted(giver, taker));
		assertThat(call(this.mvc.get().uri("/api/v1/ledger"), tokenOf(signUp()))).bodyJson().isStrictlyEqualTo("[]");
	}

	@Test
	void logsALifeEventWithItsCheckInFollowUpAndListsIt() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = createContact(token, "Ana");

		MvcTestResult created = call(this.mvc.post().uri("/api/v1/contacts/{id}/life-events", ana), token, """
				{"kind": "NEW_JOB", "date": "2026-11-10", "note": "Joined Kestrel Labs"}""");

		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().isLenientlyEqualTo("""
				{"contactId": %d, "kind": "NEW_JOB", "date": "2026-11-10", "note": "Joined Kestrel Labs",
				 "anniversaryFollowUpId": null}""".formatted(ana));
		long followUpId = ((Number) read(created, "$.followUpId")).longValue();
		assertThat(call(this.mvc.get().uri("/api/v1/follow-ups/{id}", followUpId), token)).bodyJson()
			.isLenientlyEqualTo("""
					{"contactId": %d, "title": "Ask Ana: how's the new job?", "dueOn": "2026-12-08"}""".formatted(ana));
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/life-events", ana), token)).bodyJson()
			.extractingPath("$[*].kind")
			.asArray()
			.containsExactly("NEW_JOB");
	}

	@Test
	void aLossGetsAWeekCheckInAndANoteBeforeItsAnniversaryAndTheCheckInDateCanBeChosen() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");

		MvcTestResult loss = call(this.mvc.post().uri("/api/v1/contacts/{id}/life-events", ana), token, """
				{"kind": "LOSS", "date": "2026-11-16"}""");
		assertThat(loss).hasStatus(201);
		assertThat(
				call(this.mvc.get().uri("/api/v1/follow-ups/{id}", ((Number) read(loss, "$.followUpId")).longValue()),
						token))
			.bodyJson()
			.extractingPath("$.dueOn")
			.isEqualTo("2026-11-23");
		assertThat(call(
				this.mvc.get()
					.uri("/api/v1/follow-ups/{id}", ((Number) read(loss, "$.anniversaryFollowUpId")).longValue()),
				token))
			.bodyJson()
			.extractingPath("$.dueOn")
			.isEqualTo("2027-11-09");

		MvcTestResult moved = call(this.mvc.post().uri("/api/v1/contacts/{id}/life-events", ana), token, """
				{"kind": "MOVED", "date": "2026-11-16", "checkInOn": "2026-12-24"}""");
		assertThat(
				call(this.mvc.get().uri("/api/v1/follow-ups/{id}", ((Number) read(moved, "$.followUpId")).longValue()),
						token))
			.bodyJson()
			.extractingPath("$.dueOn")
			.isEqualTo("2026-12-24");
	}

	@Test
	void refusesABadLifeEventWithFieldErrorsAndWritesNothing() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");

		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/life-events", ana), token, """
				{"kind": "PROMOTION", "date": "2026-11-16"}"""), "kind");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/life-events", ana), token, """
				{"note": "x"}"""), "kind", "date");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/life-events", ana), token, """
				{"kind": "WEDDING", "date": "2028-01-01"}"""), "date");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/life-events", ana), token, """
				{"kind": "WEDDING", "date": "2026-11-01", "checkInOn": "2026-10-01"}"""), "checkInOn");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/life-events", ana), token)).bodyJson()
			.isStrictlyEqualTo("[]");
		assertThat(call(this.mvc.get().uri("/api/v1/follow-ups"), token)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);
	}

	@Test
	void anotherUsersContactHasNoLifeEventsToReadOrWrite() throws Exception {
		String tokenOfA = tokenOf(signUp());
		long ana = createContact(tokenOfA, "Ana");
		call(this.mvc.post().uri("/api/v1/contacts/{id}/life-events", ana), tokenOfA, """
				{"kind": "MOVED", "date": "2026-11-16"}""");
		String tokenOfB = tokenOf(signUp());

		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/life-events", ana), tokenOfB)).hasStatus(404);
		assertThat(call(this.mvc.post().uri("/api/v1/contacts/{id}/life-events", ana), tokenOfB, """
				{"kind": "MOVED", "date": "2026-11-16"}""")).hasStatus(404);
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/life-events", ana), tokenOfA)).bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(1);
	}

	@Test
	void suggestsAGatheringOfDuePeopleWhoShareATag() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = createContact(token, "Ana", "climbing");
		long ben = createContact(token, "Ben", "climbing");
		long cleo = createContact(token, "Cleo", "climbing");
		for (long id : new long[] { ana, ben, cleo }) {
			for (int i = 0; i < 12; i++) {
				log(user, id, TODAY.minusDays(90 + 30L * i), InteractionKind.CALL);
			}
		}

		MvcTestResult result = call(this.mvc.get().uri("/api/v1/gatherings"), token);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$[0].contactIds")
			.asArray()
			.containsExactlyInAnyOrder((int) ana, (int) ben, (int) cleo);
		assertThat(result).bodyJson()
			.extractingPath("$[0].because")
			.asString()
			.endsWith(": all tagged \u201cclimbing\u201d, and all due for contact.");
		assertThat(call(this.mvc.get().uri("/api/v1/gatherings"), tokenOf(signUp()))).bodyJson()
			.isStrictlyEqualTo("[]");
	}

	void logKind(AccountPrincipal user, long contactId, LocalDate date, InteractionKind kind, Direction direction) {
		this.interactions.log(user.id(),
				new InteractionCommand(date, kind, direction, List.of(contactId), null, null, null), TODAY);
	}

	void log(AccountPrincipal user, long contactId, LocalDate date, InteractionKind kind) {
		this.interactions.log(user.id(),
				new InteractionCommand(date, kind, Direction.MUTUAL, List.of(contactId), null, null, null), TODAY);
	}

}
