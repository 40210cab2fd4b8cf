package dev.rapport.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentationTests extends ApiTestSupport {

	@Test
	void publishesTheOpenApiDescriptionOfTheApiOnly() {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/contacts", "/api/v1/contacts/{id}", "/api/v1/interactions",
					"/api/v1/follow-ups/{id}/snooze", "/api/v1/tokens", "/api/v1/contacts/{id}/score",
					"/api/v1/imports", "/api/v1/imports/linkedin", "/api/v1/reconnect",
					"/api/v1/reconnect/{contactId}/done", "/api/v1/reconnect/{contactId}/not-now",
					"/api/v1/reconnect/{contactId}/dont-suggest");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/contacts'].get.parameters[*].name")
			.asArray()
			.contains("tier", "sort");
		assertThat(result).bodyJson().extractingPath("$.paths").asMap().doesNotContainKeys("/contacts", "/settings");
		assertThat(result).bodyJson().extractingPath("$.components.securitySchemes.token.scheme").isEqualTo("bearer");
	}

	@Test
	void servesTheSwaggerUi() {
		assertThat(this.mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
	}

}
