package dev.rapport.api;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ImportantDateApiTests extends ApiTestSupport {

	@Test
	void addsListsChangesAndRemovesDatesWithAndWithoutAYear() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");

		MvcTestResult birthday = call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), token, """
				{"kind": "BIRTHDAY", "date": "--12-24"}""");
		assertThat(birthday).hasStatus(201);
		long birthdayId = idOf(birthday);
		assertThat(birthday.getResponse().getHeader(HttpHeaders.LOCATION))
			.endsWith("/api/v1/contacts/" + ana + "/dates/" + birthdayId);
		assertThat(birthday).bodyJson().isLenientlyEqualTo("""
				{"id": %d, "contactId": %d, "label": null, "kind": "BIRTHDAY", "date": "--12-24",
				 "remindDaysBefore": 7, "version": 0}""".formatted(birthdayId, ana));

		MvcTestResult nameDay = call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), token, """
				{"kind": "OTHER", "label": "Name day", "date": "2001-07-26"}""");
		assertThat(nameDay).hasStatus(201);
		assertThat(nameDay).bodyJson().extractingPath("$.remindDaysBefore").isEqualTo(3);

		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/dates", ana), token)).bodyJson()
			.extractingPath("$[*].kind")
			.asArray()
			.containsExactly("BIRTHDAY", "OTHER");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", ana), token)).bodyJson()
			.extractingPath("$.birthday")
			.isEqualTo("--12-24");

		MvcTestResult changed = call(this.mvc.put().uri("/api/v1/contacts/{c}/dates/{d}", ana, birthdayId), token, """
				{"kind": "BIRTHDAY", "date": "1990-12-24", "remindDaysBefore": 14, "version": 0}""");
		assertThat(changed).hasStatusOk();
		assertThat(changed).bodyJson().isLenientlyEqualTo("""
				{"date": "1990-12-24", "remindDaysBefore": 14, "version": 1}""");
		assertProblem(call(this.mvc.put().uri("/api/v1/contacts/{c}/dates/{d}", ana, birthdayId), token, """
				{"kind": "BIRTHDAY", "date": "1991-12-24", "version": 0}"""), 409);

		assertThat(call(this.mvc.delete().uri("/api/v1/contacts/{c}/dates/{d}", ana, birthdayId), token))
			.hasStatus(204);
		assertProblem(call(this.mvc.get().uri("/api/v1/contacts/{c}/dates/{d}", ana, birthdayId), token), 404);
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", ana), token)).bodyJson()
			.extractingPath("$.birthday")
			.isNull();
	}

	@Test
	void aContactsBirthdayIsItsBirthdayDate() throws Exception {
		String token = tokenOf(signUp());
		long ben = idOf(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Ben", "birthday": "--02-29"}"""));

		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/dates", ben), token)).bodyJson()
			.isLenientlyEqualTo("""
					[{"kind": "BIRTHDAY", "date": "--02-29", "remindDaysBefore": 7}]""");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ben), token, """
				{"kind": "BIRTHDAY", "date": "--03-01"}"""), "kind");
	}

	@Test
	void answersFieldErrorsForBadDatesLabelsAndReminders() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");

		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), token, """
				{"kind": "ANNIVERSARY", "date": "--02-30", "remindDaysBefore": 61, "label": "%s"}"""
			.formatted("x".repeat(101))), "date", "remindDaysBefore", "label");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), token, """
				{"date": "2001-02-29"}"""), "kind", "date");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), token, """
				{"kind": "OTHER", "date": "--05-01"}"""), "label");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), token, """
				{"kind": "BIRTHDAY", "date": "2030-05-01"}"""), "date");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), token, """
				{"kind": "HOLIDAY", "date": "--05-01"}"""), "kind");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "Carla", "birthday": "--13-01"}"""), "birthday");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}/dates", ana), token)).bodyJson()
			.isStrictlyEqualTo("[]");
	}

	@Test
	void anotherUsersContactOrDateIsNotFound() throws Exception {
		String owner = tokenOf(signUp());
		String stranger = tokenOf(signUp());
		long ana = createContact(owner, "Ana");
		long dateId = idOf(call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), owner, """
				{"kind": "ANNIVERSARY", "date": "2015-06-20"}"""));
		long strangersContact = createContact(stranger, "Zed");

		assertProblem(call(this.mvc.get().uri("/api/v1/contacts/{id}/dates", ana), stranger), 404);
		assertProblem(call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), stranger, """
				{"kind": "ANNIVERSARY", "date": "2015-06-20"}"""), 404);
		assertProblem(call(this.mvc.put().uri("/api/v1/contacts/{c}/dates/{d}", ana, dateId), stranger, """
				{"kind": "ANNIVERSARY", "date": "2016-06-20", "version": 0}"""), 404);
		assertProblem(call(this.mvc.delete().uri("/api/v1/contacts/{c}/dates/{d}", strangersContact, dateId), stranger),
				404);
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{c}/dates/{d}", ana, dateId), owner)).bodyJson()
			.extractingPath("$.date")
			.isEqualTo("2015-06-20");
	}

}
