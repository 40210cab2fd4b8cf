package dev.rapport.api;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.List;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class InteractionApiTests extends ApiTestSupport {

	@Test
	void logsReadsUpdatesAndDeletesAnInteraction() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		long bruno = createContact(token, "Bruno");

		MvcTestResult logged = call(this.mvc.post().uri("/api/v1/interactions"), token, """
				{"date": "2026-11-17", "kind": "MEAL", "direction": "ME", "participantIds": [%d, %d],
				 "summary": "Dinner", "notes": "Talked about the move"}""".formatted(bruno, ana));

		assertThat(logged).hasStatus(201);
		long id = idOf(logged);
		assertThat(logged).bodyJson().isLenientlyEqualTo("""
				{"id": %d, "date": "2026-11-17", "kind": "MEAL", "direction": "ME", "participantIds": [%d, %d],
				 "summary": "Dinner", "notes": "Talked about the move", "version": 0}""".formatted(id, ana, bruno));

		MvcTestResult updated = call(this.mvc.put().uri("/api/v1/interactions/{id}", id), token, """
				{"date": "2026-11-16", "kind": "CALL", "direction": "THEM", "participantIds": [%d], "version": 0}"""
			.formatted(ana));
		assertThat(updated).hasStatusOk();
		assertThat(updated).bodyJson()
			.isLenientlyEqualTo(
					"""
							{"date": "2026-11-16", "kind": "CALL", "direction": "THEM", "participantIds": [%d], "summary": null}"""
						.formatted(ana));
		assertThat(updated).bodyJson().extractingPath("$.version").isEqualTo(1);

		assertThat(call(this.mvc.delete().uri("/api/v1/interactions/{id}", id), token)).hasStatus(204);
		assertProblem(call(this.mvc.get().uri("/api/v1/interactions/{id}", id), token), 404);
	}

	@Test
	void listsInteractionsByContactAndDateRange() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		long bruno = createContact(token, "Bruno");
		long early = logInteraction(token, "2026-10-01", ana);
		long middle = logInteraction(token, "2026-11-01", ana, bruno);
		long late = logInteraction(token, "2026-11-15", bruno);
		long planned = logInteraction(token, "2026-12-24", ana);

		assertThat(ids(call(this.mvc.get().uri("/api/v1/interactions"), token))).containsExactly(planned, late, middle,
				early);
		assertThat(ids(call(this.mvc.get().uri("/api/v1/interactions?contactId={id}", ana), token)))
			.containsExactly(planned, middle, early);
		assertThat(ids(call(this.mvc.get().uri("/api/v1/interactions?from=2026-11-01&to=2026-11-15"), token)))
			.containsExactly(late, middle);
		assertThat(ids(call(this.mvc.get().uri("/api/v1/interactions?contactId={id}&to=2026-11-01", bruno), token)))
			.containsExactly(middle);
		assertThat(call(this.mvc.get().uri("/api/v1/interactions?size=1&page=1"), token)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(4);
	}

	@Test
	void rejectsInvalidInteractions() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");

		assertFieldErrors(call(this.mvc.post().uri("/api/v1/interactions"), token, "{\"summary\": \"Coffee\"}"), "date",
				"kind", "direction", "participantIds");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/interactions"), token, """
				{"date": "2026-11-17", "kind": "PIGEON", "direction": "ME", "participantIds": [%d]}""".formatted(ana)),
				"kind");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/interactions"), token, """
				{"date": "2028-01-01", "kind": "CALL", "direction": "ME", "participantIds": [%d]}""".formatted(ana)),
				"date");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/interactions"), token, """
				{"date": "2026-11-17", "kind": "CALL", "direction": "ME", "participantIds": [%d, %d]}""".formatted(ana,
				Long.MAX_VALUE)), "participantIds");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/interactions?from=last-week"), token), "from");

		assertThat(call(this.mvc.get().uri("/api/v1/interactions"), token)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);
	}

	@Test
	void requiresACurrentVersionOnUpdates() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		long id = logInteraction(token, "2026-11-10", ana);
		String edit = """
				{"date": "2026-11-11", "kind": "CALL", "direction": "ME", "participantIds": [%d]%s}""";

		assertFieldErrors(call(this.mvc.put().uri("/api/v1/interactions/{id}", id), token, edit.formatted(ana, "")),
				"version");
		assertThat(call(this.mvc.put().uri("/api/v1/interactions/{id}", id), token,
				edit.formatted(ana, ", \"version\": 0")))
			.hasStatusOk();
		assertProblem(call(this.mvc.put().uri("/api/v1/interactions/{id}", id), token,
				edit.formatted(ana, ", \"version\": 0").replace("CALL", "VIDEO")), 409);

		assertThat(call(this.mvc.get().uri("/api/v1/interactions/{id}", id), token)).bodyJson()
			.extractingPath("$.kind")
			.isEqualTo("CALL");
	}

	private static List<Long> ids(MvcTestResult result) {
		List<Number> ids = read(result, "$.content[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

}
