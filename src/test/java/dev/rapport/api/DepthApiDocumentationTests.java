package dev.rapport.api;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The depth endpoints in the OpenAPI description, with the statuses they answer. */
class DepthApiDocumentationTests extends ApiTestSupport {

	@Test
	void describesTheDepthEndpointsAndTheirStatuses() throws Exception {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/rhythm", "/api/v1/introductions", "/api/v1/ledger",
					"/api/v1/contacts/{contactId}/life-events", "/api/v1/gatherings");
		assertResponses(result, "/api/v1/rhythm", "get", "200", "400", "401");
		assertResponses(result, "/api/v1/introductions", "get", "200", "401");
		assertResponses(result, "/api/v1/introductions", "post", "201", "400", "401", "404");
		assertResponses(result, "/api/v1/ledger", "get", "200", "401");
		assertResponses(result, "/api/v1/contacts/{contactId}/life-events", "get", "200", "401", "404");
		assertResponses(result, "/api/v1/contacts/{contactId}/life-events", "post", "201", "400", "401", "404");
		assertResponses(result, "/api/v1/gatherings", "get", "200", "401");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/introductions'].post.responses['404'].content")
			.asMap()
			.containsKey("application/problem+json");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/rhythm'].get.responses['200'].content")
			.asMap()
			.isNotEmpty();
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/introductions'].post.responses['201'].content")
			.asMap()
			.isNotEmpty();
	}

	private static void assertResponses(MvcTestResult result, String path, String method, String... statuses) {
		assertThat(result).bodyJson()
			.extractingPath("$.paths['" + path + "']." + method + ".responses")
			.asMap()
			.as(method + " " + path)
			.containsKeys(statuses);
	}

}
