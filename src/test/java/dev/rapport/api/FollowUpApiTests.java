package dev.rapport.api;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.List;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class FollowUpApiTests extends ApiTestSupport {

	@Test
	void createsCompletesReopensSnoozesUpdatesAndDeletesAFollowUp() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		long coffee = logInteraction(token, "2026-11-17", ana);

		MvcTestResult created = call(this.mvc.post().uri("/api/v1/follow-ups"), token, """
				{"contactId": %d, "interactionId": %d, "title": "Send the article", "dueOn": "2026-11-16",
				 "side": "I_OWE"}""".formatted(ana, coffee));
		assertThat(created).hasStatus(201);
		long id = idOf(created);
		assertThat(created).bodyJson().isLenientlyEqualTo("""
				{"id": %d, "contactId": %d, "interactionId": %d, "title": "Send the article", "dueOn": "2026-11-16",
				 "side": "I_OWE", "completedOn": null, "overdue": true, "version": 0}""".formatted(id, ana, coffee));

		assertThat(call(this.mvc.post().uri("/api/v1/follow-ups/{id}/complete", id), token)).bodyJson()
			.isLenientlyEqualTo("{\"completedOn\": \"2026-11-18\", \"overdue\": false}");
		assertThat(call(this.mvc.post().uri("/api/v1/follow-ups/{id}/reopen", id), token)).bodyJson()
			.isLenientlyEqualTo("{\"completedOn\": null, \"overdue\": true}");
		MvcTestResult snoozed = call(this.mvc.post().uri("/api/v1/follow-ups/{id}/snooze", id), token,
				"{\"until\": \"2026-12-01\"}");
		assertThat(snoozed).bodyJson().isLenientlyEqualTo("{\"dueOn\": \"2026-12-01\", \"overdue\": false}");
		long version = ((Number) read(snoozed, "$.version")).longValue();

		MvcTestResult updated = call(this.mvc.put().uri("/api/v1/follow-ups/{id}", id), token, """
				{"contactId": %d, "title": "Ask about the trip", "dueOn": "2026-12-02", "side": "WAITING_ON_THEM",
				 "version": %d}""".formatted(ana, version));
		assertThat(updated).hasStatusOk();
		assertThat(updated).bodyJson().isLenientlyEqualTo("""
				{"title": "Ask about the trip", "side": "WAITING_ON_THEM", "interactionId": null}""");

		assertThat(call(this.mvc.delete().uri("/api/v1/follow-ups/{id}", id), token)).hasStatus(204);
		assertProblem(call(this.mvc.get().uri("/api/v1/follow-ups/{id}", id), token), 404);
	}

	@Test
	void listsOpenFollowUpsBeforeDoneOnesAndFiltersThem() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		long bruno = createContact(token, "Bruno");
		long later = createFollowUp(token, ana, "2026-12-10");
		long soon = createFollowUp(token, bruno, "2026-11-20");
		long done = createFollowUp(token, ana, "2026-11-01");
		call(this.mvc.post().uri("/api/v1/follow-ups/{id}/complete", done), token);

		assertThat(ids(call(this.mvc.get().uri("/api/v1/follow-ups"), token))).containsExactly(soon, later, done);
		assertThat(ids(call(this.mvc.get().uri("/api/v1/follow-ups?status=OPEN"), token))).containsExactly(soon, later);
		assertThat(ids(call(this.mvc.get().uri("/api/v1/follow-ups?status=DONE"), token))).containsExactly(done);
		assertThat(ids(call(this.mvc.get().uri("/api/v1/follow-ups?contactId={id}", ana), token)))
			.containsExactly(later, done);
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/follow-ups?status=LATER"), token), "status");
	}

	@Test
	void rejectsInvalidFollowUpsAndSnoozes() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		long id = createFollowUp(token, ana, "2026-11-20");

		assertFieldErrors(call(this.mvc.post().uri("/api/v1/follow-ups"), token, "{}"), "contactId", "title", "dueOn",
				"side");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/follow-ups"), token, """
				{"contactId": %d, "title": "x", "dueOn": "2026-12-01", "side": "I_OWE"}""".formatted(Long.MAX_VALUE)),
				"contactId");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/follow-ups/{id}/snooze", id), token, "{}"), "until");
		assertFieldErrors(
				call(this.mvc.post().uri("/api/v1/follow-ups/{id}/snooze", id), token, "{\"until\": \"2026-11-18\"}"),
				"until");
		assertFieldErrors(call(this.mvc.put().uri("/api/v1/follow-ups/{id}", id), token, """
				{"contactId": %d, "title": "x", "dueOn": "2026-12-01", "side": "I_OWE"}""".formatted(ana)), "version");

		assertThat(call(this.mvc.get().uri("/api/v1/follow-ups/{id}", id), token)).bodyJson()
			.isLenientlyEqualTo("{\"dueOn\": \"2026-11-20\", \"title\": \"Send the article\"}");
	}

	@Test
	void refusesAStaleVersionWithAConflict() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		long id = createFollowUp(token, ana, "2026-11-20");
		String edit = """
				{"contactId": %d, "title": "%s", "dueOn": "2026-12-01", "side": "I_OWE", "version": 0}""";
		assertThat(call(this.mvc.put().uri("/api/v1/follow-ups/{id}", id), token, edit.formatted(ana, "First")))
			.hasStatusOk();

		assertProblem(call(this.mvc.put().uri("/api/v1/follow-ups/{id}", id), token, edit.formatted(ana, "Second")),
				409);
		assertThat(call(this.mvc.get().uri("/api/v1/follow-ups/{id}", id), token)).bodyJson()
			.extractingPath("$.title")
			.isEqualTo("First");
	}

	private static List<Long> ids(MvcTestResult result) {
		List<Number> ids = read(result, "$.content[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

}
