package dev.rapport.api;

import org.junit.jupiter.api.Test;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest's API on an app with no mail server configured (sending is then a 409,
 * nothing breaks).
 */
class DigestApiTests extends ApiTestSupport {

	@Test
	void readsAndChangesTheDigestSettings() throws Exception {
		String token = tokenOf(signUp());

		assertThat(call(this.mvc.get().uri("/api/v1/settings/digest"), token)).bodyJson().isLenientlyEqualTo("""
				{"enabled": false, "dayOfWeek": "MONDAY", "hour": 7}""");
		assertThat(call(this.mvc.put().uri("/api/v1/settings/digest"), token, """
				{"enabled": true, "dayOfWeek": "FRIDAY", "hour": 18}""")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"enabled": true, "dayOfWeek": "FRIDAY", "hour": 18, "sendWhenQuiet": false}""");
		assertThat(call(this.mvc.get().uri("/api/v1/settings/digest"), token)).bodyJson().isLenientlyEqualTo("""
				{"enabled": true, "dayOfWeek": "FRIDAY", "hour": 18}""");
	}

	@Test
	void refusesAnInvalidDayOrHourAndChangesNothing() throws Exception {
		String token = tokenOf(signUp());

		assertFieldErrors(call(this.mvc.put().uri("/api/v1/settings/digest"), token, """
				{"enabled": true, "hour": 24}"""), "dayOfWeek", "hour");
		assertFieldErrors(call(this.mvc.put().uri("/api/v1/settings/digest"), token, """
				{"enabled": true, "dayOfWeek": "FUNDAY", "hour": 7}"""), "dayOfWeek");
		assertFieldErrors(call(this.mvc.put().uri("/api/v1/settings/digest"), token, """
				{"enabled": true, "dayOfWeek": "MONDAY", "hour": -1}"""), "hour");
		assertThat(call(this.mvc.get().uri("/api/v1/settings/digest"), token)).bodyJson()
			.extractingPath("$.enabled")
			.isEqualTo(false);
	}

	@Test
	void previewsThisWeeksDigestAndSaysWhenMailIsNotConfigured() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		call(this.mvc.post().uri("/api/v1/contacts/{id}/dates", ana), token, """
				{"kind": "BIRTHDAY", "date": "--11-20"}""");

		var preview = call(this.mvc.get().uri("/api/v1/digest/preview"), token);
		assertThat(preview).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"weekStart": "2026-11-16", "subject": "This week: reconnect with Ana"}""");
		assertThat((String) read(preview, "$.text")).contains("Ana: Ana's birthday is on Friday.",
				"Ana: Birthday, Fri 20 Nov, in 2 days", "/contacts/" + ana, "/digest/unsubscribe?token=");
		assertThat((String) read(preview, "$.html")).contains("Ana: Birthday, Fri 20 Nov, in 2 days");

		assertProblem(call(this.mvc.post().uri("/api/v1/digest/send"), token), 409);
	}

}
