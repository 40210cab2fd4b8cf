package dev.rapport.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class MergeApiTests extends ApiTestSupport {

	@Test
	void listsDuplicatesMergesThemAndTheOtherIs404Afterwards() throws Exception {
		String token = tokenOf(signUp());
		long ana = contact(token, "Ana", "ana@example.com", "Kestrel");
		long again = contact(token, "Ana", "ana@example.com", "Kestrel Labs");
		long ben = contact(token, "Ben", "ben@example.com", null);
		long shared = logInteraction(token, "2026-11-01", ana, again);
		logInteraction(token, "2026-11-10", again, ben);

		MvcTestResult duplicates = call(this.mvc.get().uri("/api/v1/duplicates"), token);
		assertThat(duplicates).hasStatusOk();
		assertThat(duplicates).bodyJson().isStrictlyEqualTo("""
				[{"contactIds": [%d, %d], "reason": "SAME_EMAIL"}]""".formatted(ana, again));

		MvcTestResult merged = call(this.mvc.post().uri("/api/v1/contacts/{id}/merge", ana), token, """
				{"otherId": %d, "fields": {"COMPANY": "OTHER"}, "version": 0, "otherVersion": 0}""".formatted(again));
		assertThat(merged).hasStatusOk();
		assertThat(merged).bodyJson().extractingPath("$.id").isEqualTo((int) ana);
		assertThat(merged).bodyJson().extractingPath("$.company").isEqualTo("Kestrel Labs");

		assertProblem(call(this.mvc.get().uri("/api/v1/contacts/{id}", again), token), 404);
		MvcTestResult sharedInteraction = call(this.mvc.get().uri("/api/v1/interactions/{id}", shared), token);
		assertThat(sharedInteraction).bodyJson()
			.extractingPath("$.participantIds")
			.asArray()
			.containsExactly((int) ana);
		assertThat(call(this.mvc.get().uri("/api/v1/interactions?contactId={id}", ana), token)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(2);
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/score", ana), token)).bodyJson()
			.extractingPath("$.lastBrokeBread")
			.as("the coffee the other card had with Ben now counts for the kept one")
			.isEqualTo("2026-11-10");
		assertThat(call(this.mvc.get().uri("/api/v1/duplicates"), token)).bodyJson().isStrictlyEqualTo("[]");
	}

	@Test
	void badRequestsAre400AndMergeNothing() throws Exception {
		String token = tokenOf(signUp());
		long ana = contact(token, "Ana", "ana@example.com", "Kestrel");
		long again = contact(token, "Ana", "ana@example.com", "Acme");

		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/merge", ana), token, "{}"), "otherId");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/merge", ana), token,
				"{\"otherId\": %d}".formatted(ana)), "otherId");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/merge", ana), token,
				"{\"otherId\": %d, \"fields\": {\"COMPANY\": \"BOTH\"}}".formatted(again)), "fields.COMPANY");
		assertProblem(call(this.mvc.post().uri("/api/v1/contacts/{id}/merge", ana), token,
				"{\"otherId\": %d, \"fields\": {\"SHOE_SIZE\": \"OTHER\"}}".formatted(again)), 400);
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/duplicates/dismissals"), token,
				"{\"contactIds\": [%d]}".formatted(ana)), "contactIds");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", again), token)).hasStatusOk();
	}

	@Test
	void aStaleVersionIs409AndMergesNothing() throws Exception {
		String token = tokenOf(signUp());
		long ana = contact(token, "Ana", "ana@example.com", "Kestrel");
		long again = contact(token, "Ana", "ana@example.com", "Acme");

		assertProblem(call(this.mvc.post().uri("/api/v1/contacts/{id}/merge", ana), token,
				"{\"otherId\": %d, \"version\": 0, \"otherVersion\": 7}".formatted(again)), 409);
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", again), token)).hasStatusOk();
	}

	@Test
	void notADuplicateHidesThePair() throws Exception {
		String token = tokenOf(signUp());
		long ana = contact(token, "Ana", "ana@example.com", "Kestrel");
		long again = contact(token, "Ana", "ana@example.com", "Acme");

		assertThat(call(this.mvc.post().uri("/api/v1/duplicates/dismissals"), token,
				"{\"contactIds\": [%d, %d]}".formatted(again, ana)))
			.hasStatus(204);
		assertThat(call(this.mvc.get().uri("/api/v1/duplicates"), token)).bodyJson().isStrictlyEqualTo("[]");
	}

	@Test
	void anotherUsersContactsAre404AndNothingChanges() throws Exception {
		String ownerToken = tokenOf(signUp());
		String strangerToken = tokenOf(signUp());
		long ana = contact(ownerToken, "Ana", "ana@example.com", "Kestrel");
		long again = contact(ownerToken, "Ana", "ana@example.com", "Acme");
		long theirs = contact(strangerToken, "Ana", "ana@example.com", "Kestrel");

		for (MvcTestResult result : List.of(
				call(this.mvc.post().uri("/api/v1/contacts/{id}/merge", ana), strangerToken,
						"{\"otherId\": %d}".formatted(again)),
				call(this.mvc.post().uri("/api/v1/contacts/{id}/merge", theirs), strangerToken,
						"{\"otherId\": %d}".formatted(ana)),
				call(this.mvc.post().uri("/api/v1/contacts/{id}/merge", ana), ownerToken,
						"{\"otherId\": %d}".formatted(theirs)),
				call(this.mvc.post().uri("/api/v1/duplicates/dismissals"), strangerToken,
						"{\"contactIds\": [%d, %d]}".formatted(ana, again)))) {
			assertProblem(result, 404);
		}
		assertThat(call(this.mvc.get().uri("/api/v1/duplicates"), strangerToken)).bodyJson().isStrictlyEqualTo("[]");
		assertThat(call(this.mvc.get().uri("/api/v1/duplicates"), ownerToken)).bodyJson()
			.isStrictlyEqualTo("[{\"contactIds\": [%d, %d], \"reason\": \"SAME_EMAIL\"}]".formatted(ana, again));
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", theirs), strangerToken)).hasStatusOk();
	}

	private long contact(String token, String firstName, String email, String company) {
		String json = (company == null)
				? "{\"firstName\": \"%s\", \"lastName\": \"Lima\", \"email\": \"%s\"}".formatted(firstName, email)
				: "{\"firstName\": \"%s\", \"lastName\": \"Lima\", \"email\": \"%s\", \"company\": \"%s\"}"
					.formatted(firstName, email, company);
		return idOf(call(this.mvc.post().uri("/api/v1/contacts"), token, json));
	}

}
