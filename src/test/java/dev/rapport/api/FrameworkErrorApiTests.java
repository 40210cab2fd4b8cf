package dev.rapport.api;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors raised before any API controller is chosen are problem details too, not Boot's
 * {@code /error} JSON; the pages keep their own error handling.
 */
class FrameworkErrorApiTests extends ApiTestSupport {

	@Test
	void anUnmappedPathIsA404Problem() throws Exception {
		String token = tokenOf(signUp());

		MvcTestResult result = call(this.mvc.get().uri("/api/v1/nothing-here"), token);

		assertProblem(result, 404);
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/nothing-here");
	}

	@Test
	void anUnsupportedMethodIsA405ProblemThatSaysWhatIsAllowed() throws Exception {
		String token = tokenOf(signUp());

		MvcTestResult result = call(this.mvc.patch().uri("/api/v1/contacts"), token, "{}");

		assertProblem(result, 405);
		assertThat(result.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET", "POST");
	}

	@Test
	void anUnsupportedContentTypeIsA415Problem() throws Exception {
		String token = tokenOf(signUp());

		MvcTestResult result = call(this.mvc.post().uri("/api/v1/imports/linkedin"), token, "{}");

		assertProblem(result, 415);
	}

	@Test
	void pagesKeepTheirOwnNotFoundHandling() {
		MvcTestResult result = this.mvc.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).exchange();

		assertThat(String.valueOf(result.getResponse().getContentType())).doesNotContain("problem");
	}

}
