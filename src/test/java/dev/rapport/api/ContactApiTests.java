package dev.rapport.api;

import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.support.TestUsers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ContactApiTests extends ApiTestSupport {

	@Autowired
	ContactService contacts;

	@Test
	void createsReadsUpdatesAndDeletesAContact() throws Exception {
		var user = signUp();
		String token = tokenOf(user);

		MvcTestResult created = call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ana", "lastName": "Lima", "email": "ana@example.com", "company": "Acme",
				 "linkedinUrl": "https://linkedin.com/in/ana", "birthday": "1990-04-02", "knownSince": "2015-09-01",
				 "noSuggest": true, "tags": ["climbing", "Berlin"]}""");

		assertThat(created).hasStatus(201);
		long id = idOf(created);
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/contacts/" + id);
		assertThat(created).bodyJson().isLenientlyEqualTo("""
				{"id": %d, "firstName": "Ana", "lastName": "Lima", "email": "ana@example.com", "phone": null,
				 "company": "Acme", "linkedinUrl": "https://linkedin.com/in/ana", "birthday": "1990-04-02",
				 "knownSince": "2015-09-01", "connectedOn": null, "noSuggest": true, "tags": ["climbing", "Berlin"],
				 "version": 0}""".formatted(id));

		MvcTestResult updated = call(this.mvc.put().uri("/api/v1/contacts/{id}", id), token, """
				{"firstName": "Ana", "lastName": "Lima-Souza", "tags": ["climbing"], "version": 0}""");
		assertThat(updated).hasStatusOk();
		assertThat(updated).bodyJson().extractingPath("$.lastName").isEqualTo("Lima-Souza");
		assertThat(updated).bodyJson().extractingPath("$.email").isNull();
		assertThat(updated).bodyJson().extractingPath("$.version").isEqualTo(1);

		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", id), token)).bodyJson()
			.extractingPath("$.tags")
			.asArray()
			.containsExactly("climbing");

		assertThat(call(this.mvc.delete().uri("/api/v1/contacts/{id}", id), token)).hasStatus(204);
		assertProblem(call(this.mvc.get().uri("/api/v1/contacts/{id}", id), token), 404);
	}

	@Test
	void tagsWithSpacesAroundThemOrRepeatedAreRefusedNotTidied() throws Exception {
		String token = tokenOf(signUp());
		long bea = createContact(token, "Bea");

		assertFieldErrors(call(this.mvc.put().uri("/api/v1/contacts/{id}", bea), token, """
				{"firstName": "Bea", "tags": [" climbing ", "Berlin", "berlin"], "version": 0}"""), "tags[0]",
				"tags[2]");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", bea), token)).bodyJson()
			.extractingPath("$.tags")
			.asArray()
			.isEmpty();
	}

	@Test
	void listsContactsPagedBySearchTagAndSort() throws Exception {
		String token = tokenOf(signUp());
		createContact(token, "Zoe", "work");
		createContact(token, "Bruno", "work", "chess");
		createContact(token, "Carla", "chess");

		assertThat(call(this.mvc.get().uri("/api/v1/contacts?size=2"), token)).bodyJson().isLenientlyEqualTo("""
				{"content": [{"firstName": "Bruno"}, {"firstName": "Carla"}],
				 "page": {"size": 2, "number": 0, "totalElements": 3, "totalPages": 2}}""");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts?tag=work"), token)).bodyJson()
			.extractingPath("$.content[*].firstName")
			.asArray()
			.containsExactly("Bruno", "Zoe");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts?q=ZO"), token)).bodyJson()
			.extractingPath("$.content[*].firstName")
			.asArray()
			.containsExactly("Zoe");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts?sort=LAST_INTERACTION&page=1&size=2"), token)).bodyJson()
			.extractingPath("$.content[*].firstName")
			.asArray()
			.containsExactly("Zoe");
	}

	@Test
	void rejectsInvalidFieldsWithoutWritingAnything() throws Exception {
		var user = signUp();
		String token = tokenOf(user);

		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": " ", "email": "not-an-email", "phone": "call me", "birthday": "2999-01-01"}"""),
				"firstName", "email", "phone", "birthday");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ana", "linkedinUrl": "javascript:alert(1)"}"""), "linkedinUrl");
		// Tags travel as an array and are never split, joined or tidied: a comma inside
		// one, spaces
		// around it or a repeat is refused rather than stored as something else.
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ana", "tags": ["climbing, Berlin"]}"""), "tags[0]");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ana", "birthday": "yesterday"}"""), "birthday");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts"), token, "{\"firstName\": \"Ana\""),
				(String) null);
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/contacts?sort=AGE"), token), "sort");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/contacts?size=1000"), token), "size");

		assertThat(this.contacts.list(TestUsers.owner(user.id()), ContactQuery.all(), PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void requiresTheVersionOnUpdates() throws Exception {
		String token = tokenOf(signUp());
		long id = createContact(token, "Ana");

		assertFieldErrors(call(this.mvc.put().uri("/api/v1/contacts/{id}", id), token, """
				{"firstName": "Anna"}"""), "version");
		assertFieldErrors(call(this.mvc.put().uri("/api/v1/contacts/{id}", id), token, """
				{"firstName": ""}"""), "firstName", "version");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", id), token)).bodyJson()
			.extractingPath("$.firstName")
			.isEqualTo("Ana");
	}

	@Test
	void refusesAStaleVersionWithAConflict() throws Exception {
		String token = tokenOf(signUp());
		long id = createContact(token, "Ana");
		call(this.mvc.put().uri("/api/v1/contacts/{id}", id), token, "{\"firstName\": \"Anna\", \"version\": 0}");

		MvcTestResult stale = call(this.mvc.put().uri("/api/v1/contacts/{id}", id), token,
				"{\"firstName\": \"Annie\", \"version\": 0}");

		assertProblem(stale, 409);
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", id), token)).bodyJson()
			.extractingPath("$.firstName")
			.isEqualTo("Anna");
	}

	@Test
	void answersUnknownIds404() throws Exception {
		String token = tokenOf(signUp());

		assertProblem(call(this.mvc.get().uri("/api/v1/contacts/{id}", Long.MAX_VALUE), token), 404);
		assertProblem(call(this.mvc.delete().uri("/api/v1/contacts/{id}", Long.MAX_VALUE), token), 404);
	}

}
