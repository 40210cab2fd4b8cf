package dev.rapport.api;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RFC 9457 shape every API error must have, and the 400 variant's field errors.
 */
final class ProblemAssertions {

	private ProblemAssertions() {
	}

	static void assertProblem(MvcTestResult result, int status) throws Exception {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
		assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
		String body = result.getResponse().getContentAsString();
		assertThat(body).doesNotContain("Exception").doesNotContain("dev.rapport").doesNotContain("\tat ");
	}

	/**
	 * A 400 naming exactly these fields in its {@code errors} array, each with a message.
	 */
	static void assertFieldErrors(MvcTestResult result, String... fields) throws Exception {
		assertProblem(result, 400);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder((Object[]) fields);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].message")
			.asArray()
			.allSatisfy(message -> assertThat(message).asString().isNotBlank());
	}

}
