package dev.rapport.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's request records carry no constraints themselves: they are mapped onto the
 * services' commands, which do. The document still states the commands' rules for each
 * request body, so a script sees the limits the page shows.
 */
class RequestSchemaTests extends ApiTestSupport {

	@Test
	void anInteractionRequestStatesTheRulesOfTheInteractionCommand() {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();

		String schema = "$.components.schemas.InteractionRequest";
		assertThat(result).bodyJson()
			.extractingPath(schema + ".required")
			.asArray()
			.containsExactlyInAnyOrder("date", "kind", "direction", "participantIds");
		assertThat(result).bodyJson().extractingPath(schema + ".properties.participantIds.maxItems").isEqualTo(50);
		assertThat(result).bodyJson().extractingPath(schema + ".properties.summary.maxLength").isEqualTo(200);
		assertThat(result).bodyJson().extractingPath(schema + ".properties.notes.maxLength").isEqualTo(10000);
	}

	@Test
	void aFollowUpRequestStatesTheRulesOfTheFollowUpCommand() {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();

		String schema = "$.components.schemas.FollowUpRequest";
		assertThat(result).bodyJson()
			.extractingPath(schema + ".required")
			.asArray()
			.containsExactlyInAnyOrder("contactId", "title", "dueOn", "side");
		assertThat(result).bodyJson().extractingPath(schema + ".properties.title.maxLength").isEqualTo(200);
		assertThat(result).bodyJson()
			.extractingPath(schema + ".properties.dueOn.pattern")
			.isEqualTo(OpenApiContract.DATE_PATTERN);
	}

}
