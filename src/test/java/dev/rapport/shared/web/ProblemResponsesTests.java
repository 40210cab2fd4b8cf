package dev.rapport.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem details written outside Spring MVC have the shape its message converters give
 * them: the RFC 9457 members at the top level, then the extension properties.
 */
class ProblemResponsesTests {

	@Test
	void writesStatusContentTypeAndTheMembersAtTheTopLevel() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/contacts");
		MockHttpServletResponse response = new MockHttpServletResponse();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields.");
		problem.setProperty("errors", List.of(new Field("q", "must not be empty")));

		ProblemResponses.write(request, response, problem);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\","
				+ "\"status\":400,\"detail\":\"The request has invalid fields.\",\"instance\":\"/api/v1/contacts\","
				+ "\"errors\":[{\"field\":\"q\",\"message\":\"must not be empty\"}]}");
	}

	@Test
	void aTitleOfItsOwnIsKept() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle("Already settled");

		assertThat(ProblemResponses.json(problem, "/api/v1/reconnect/1/done"))
			.isEqualTo("{\"type\":\"about:blank\",\"title\":\"Already settled\",\"status\":409,\"detail\":null,"
					+ "\"instance\":\"/api/v1/reconnect/1/done\"}");
	}

	record Field(String field, String message) {

	}

}
