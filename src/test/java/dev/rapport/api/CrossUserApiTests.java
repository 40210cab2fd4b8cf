package dev.rapport.api;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.ContactMother;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data isolation: user B, with a valid token of their own, reaches none of user A's
 * records through any endpoint, and the answer is the same 404 an unknown id gets.
 */
class CrossUserApiTests extends ApiTestSupport {

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Test
	void everyEndpointAnswersAnotherUsersIds404AndChangesNothing() throws Exception {
		AccountPrincipal userA = signUp();
		String tokenOfA = tokenOf(userA);
		long contact = createContact(tokenOfA, "Ana", "friends");
		long interaction = logInteraction(tokenOfA, "2026-11-10", contact);
		long followUp = createFollowUp(tokenOfA, contact, "2026-11-25");
		long friend = friendOnThisWeeksList(userA);
		assertThat(this.mvc.post()
			.uri("/api/v1/imports/linkedin")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOfA)
			.multipart()
			.file(new MockMultipartFile("file", "Connections.csv", "text/csv",
					new ClassPathResource("linkedin/generation-2024-url.csv").getContentAsByteArray()))
			.exchange()).hasStatus(201);
		String before = snapshot(tokenOfA, contact, interaction, followUp);

		AccountPrincipal userB = signUp();
		String tokenOfB = tokenOf(userB);
		long contactOfB = createContact(tokenOfB, "Bea");
		String contactBody = "{\"firstName\": \"Mallory\", \"version\": 0}";
		String interactionBody = """
				{"date": "2026-11-11", "kind": "CALL", "direction": "ME", "participantIds": [%d], "version": 0}"""
			.formatted(contactOfB);
		String followUpBody = """
				{"contactId": %d, "title": "x", "dueOn": "2026-12-01", "side": "I_OWE", "version": 0}"""
			.formatted(contactOfB);

		List<Function<ApiTestSupport, MvcTestResult>> calls = List.of(
				t -> call(this.mvc.get().uri("/api/v1/contacts/{id}", contact), tokenOfB),
				t -> call(this.mvc.get().uri("/api/v1/contacts/{id}/score", contact), tokenOfB),
				t -> call(this.mvc.post().uri("/api/v1/reconnect/{id}/done", friend), tokenOfB),
				t -> call(this.mvc.post().uri("/api/v1/reconnect/{id}/not-now", friend), tokenOfB),
				t -> call(this.mvc.post().uri("/api/v1/reconnect/{id}/dont-suggest", friend), tokenOfB),
				t -> call(this.mvc.put().uri("/api/v1/contacts/{id}", contact), tokenOfB, contactBody),
				t -> call(this.mvc.delete().uri("/api/v1/contacts/{id}", contact), tokenOfB),
				t -> call(this.mvc.get().uri("/api/v1/interactions/{id}", interaction), tokenOfB),
				t -> call(this.mvc.put().uri("/api/v1/interactions/{id}", interaction), tokenOfB, interactionBody),
				t -> call(this.mvc.delete().uri("/api/v1/interactions/{id}", interaction), tokenOfB),
				t -> call(this.mvc.get().uri("/api/v1/follow-ups/{id}", followUp), tokenOfB),
				t -> call(this.mvc.put().uri("/api/v1/follow-ups/{id}", followUp), tokenOfB, followUpBody),
				t -> call(this.mvc.delete().uri("/api/v1/follow-ups/{id}", followUp), tokenOfB),
				t -> call(this.mvc.post().uri("/api/v1/follow-ups/{id}/complete", followUp), tokenOfB),
				t -> call(this.mvc.post().uri("/api/v1/follow-ups/{id}/reopen", followUp), tokenOfB),
				t -> call(this.mvc.post().uri("/api/v1/follow-ups/{id}/snooze", followUp), tokenOfB,
						"{\"until\": \"2026-12-24\"}"));
		String unknownIdDetail = read(call(this.mvc.get().uri("/api/v1/contacts/{id}", Long.MAX_VALUE), tokenOfB),
				"$.detail");
		for (Function<ApiTestSupport, MvcTestResult> crossCall : calls) {
			MvcTestResult result = crossCall.apply(this);
			assertProblem(result, 404);
			assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(unknownIdDetail);
		}

		// Using A's contact inside B's own records is a field error, and lists never show
		// A's rows.
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/interactions"), tokenOfB,
				interactionBody.replace("[" + contactOfB + "]", "[" + contact + "]")), "participantIds");
		assertFieldErrors(
				call(this.mvc.post().uri("/api/v1/follow-ups"), tokenOfB,
						followUpBody.replace("\"contactId\": " + contactOfB, "\"contactId\": " + contact)),
				"contactId");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts?tag=friends"), tokenOfB)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);
		assertThat(call(this.mvc.get().uri("/api/v1/interactions?contactId={id}", contact), tokenOfB)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);
		assertThat(call(this.mvc.get().uri("/api/v1/follow-ups?contactId={id}", contact), tokenOfB)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);

		assertThat(call(this.mvc.get().uri("/api/v1/imports"), tokenOfB)).bodyJson().isStrictlyEqualTo("[]");
		assertThat(call(this.mvc.get().uri("/api/v1/reconnect"), tokenOfB)).bodyJson()
			.extractingPath("$.suggestions")
			.asArray()
			.isEmpty();
		assertThat(call(this.mvc.get().uri("/api/v1/contacts?sort=DEPTH&tier=NO_HISTORY"), tokenOfB)).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly((int) contactOfB);

		assertThat(snapshot(tokenOfA, contact, interaction, followUp)).isEqualTo(before);
	}

	/**
	 * A contact with monthly calls that stopped 95 days ago: Keep warm on this week's
	 * list.
	 */
	private long friendOnThisWeeksList(AccountPrincipal user) {
		long id = this.contacts.create(user.id(), ContactMother.named("Fran", "Friend"));
		LocalDate today = LocalDate.of(2026, 11, 18);
		for (int i = 0; i < 24; i++) {
			this.interactions.log(user.id(), new InteractionCommand(today.minusDays(95 + 30L * i), InteractionKind.CALL,
					Direction.MUTUAL, List.of(id), null, null, null), today);
		}
		return id;
	}

	private String snapshot(String token, long contact, long interaction, long followUp) throws Exception {
		return call(this.mvc.get().uri("/api/v1/contacts/{id}", contact), token).getResponse().getContentAsString()
				+ call(this.mvc.get().uri("/api/v1/interactions/{id}", interaction), token).getResponse()
					.getContentAsString()
				+ call(this.mvc.get().uri("/api/v1/follow-ups/{id}", followUp), token).getResponse()
					.getContentAsString()
				+ call(this.mvc.get().uri("/api/v1/interactions"), token).getResponse().getContentAsString()
				+ call(this.mvc.get().uri("/api/v1/contacts/{id}/score", contact), token).getResponse()
					.getContentAsString()
				+ call(this.mvc.get().uri("/api/v1/reconnect"), token).getResponse().getContentAsString()
				+ call(this.mvc.get().uri("/api/v1/imports"), token).getResponse().getContentAsString()
				+ call(this.mvc.get().uri("/api/v1/contacts?sort=DEPTH&size=100"), token).getResponse()
					.getContentAsString();
	}

}
