package dev.rapport.api;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate and merge endpoints in the OpenAPI description, with the statuses they
 * answer.
 */
class MergeApiDocumentationTests extends ApiTestSupport {

	@Test
	void describesTheDuplicateAndMergeEndpointsAndTheirStatuses() throws Exception {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertResponses(result, "/api/v1/duplicates", "get", "200", "401");
		assertResponses(result, "/api/v1/duplicates/dismissals", "post", "204", "400", "401", "404");
		assertResponses(result, "/api/v1/contacts/{id}/merge", "post", "200", "400", "401", "404", "409");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/contacts/{id}/merge'].post.responses['409'].content")
			.asMap()
			.containsKey("application/problem+json");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/contacts/{id}/merge'].post.responses['200'].content")
			.asMap()
			.isNotEmpty();
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.MergeRequest.required")
			.asArray()
			.containsExactly("otherId");
	}

	private static void assertResponses(MvcTestResult result, String path, String method, String... statuses) {
		assertThat(result).bodyJson()
			.extractingPath("$.paths['" + path + "']." + method + ".responses")
			.asMap()
			.as(method + " " + path)
			.containsKeys(statuses);
	}

}
