package dev.rapport.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar feed's URL is made and turned off through the API with the documented 201
 * and 204.
 */
class CalendarFeedApiTests extends ApiTestSupport {

	@Test
	void makesAFeedUrlAndTurnsItOff() throws Exception {
		String token = tokenOf(signUp());

		var created = call(this.mvc.post().uri("/api/v1/calendar-feed"), token);
		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.url").asString().isNotBlank();

		assertThat(call(this.mvc.delete().uri("/api/v1/calendar-feed"), token)).hasStatus(204);
	}

}
