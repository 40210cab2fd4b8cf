package dev.rapport.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the live OpenAPI document, including ones added after this
 * test was written, and provokes each generic error it documents: 401 without
 * credentials, 404 for an id that does not exist, 400 for a malformed id, parameter or
 * body, 415 for a body of the wrong media type. Each answer is a problem detail and (as
 * every MockMvc API call) checked against the document.
 */
class OperationErrorsTests extends ApiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String email;

	@Test
	void everyOperationGivesTheGenericErrorsItDocuments() throws Exception {
		JsonNode document = JSON
			.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
		var user = signUp();
		this.email = user.email();
		String token = tokenOf(user);
		List<String> provoked = new ArrayList<>();

		for (var path : document.path("paths").properties()) {
			for (var entry : path.getValue().properties()) {
				String method = entry.getKey().toUpperCase(Locale.ROOT);
				JsonNode operation = entry.getValue();
				JsonNode responses = operation.path("responses");
				String template = path.getKey();
				String existing = template.replaceAll("\\{[^}]+}", "9223372036854775807");
				boolean hasBody = operation.has("requestBody");
				String mediaType = hasBody
						? operation.path("requestBody").path("content").propertyNames().iterator().next() : null;

				String operationName = method + " " + template;
				if (responses.has("401")) {
					expect(operationName, 401, request(method, existing).exchange());
					provoked.add(method + " " + template + " 401");
				}
				// with a JSON body the body is checked before the id is looked up; the
				// other tests and
				// the fuzz test (with valid bodies) see those 404s
				// a 404 without an id in the path (a past week with no list) is another
				// test's to see
				if (responses.has("404") && template.contains("{")
						&& (mediaType == null || !mediaType.equals("application/json"))) {
					expect(operationName, 404, withBody(call(method, existing, token), mediaType, true));
					provoked.add(method + " " + template + " 404");
				}
				if (responses.has("415")) {
					expect(operationName, 415,
							call(method, existing, token).contentType(MediaType.TEXT_PLAIN).content("x").exchange());
					provoked.add(method + " " + template + " 415");
				}
				if (responses.has("400")) {
					expect(operationName, 400, badRequest(method, template, operation, token, mediaType));
					provoked.add(method + " " + template + " 400");
				}
			}
		}

		assertThat(provoked).contains("GET /api/v1/contacts/{id} 404", "POST /api/v1/contacts 415",
				"POST /api/v1/tokens 401");
	}

	private static void expect(String operation, int status, MvcTestResult result) throws Exception {
		try {
			assertProblem(result, status);
		}
		catch (AssertionError ex) {
			throw new AssertionError(operation + " should answer a " + status + " problem, answered "
					+ result.getResponse().getStatus() + " " + result.getResponse().getContentAsString(), ex);
		}
	}

	/**
	 * A malformed id if there is one, else a malformed parameter, else a body that is not
	 * JSON.
	 */
	private MvcTestResult badRequest(String method, String template, JsonNode operation, String token,
			String mediaType) {
		if (template.contains("{")) {
			return withBody(call(method, template.replaceAll("\\{[^}]+}", "not-a-number"), token), mediaType, true);
		}
		for (JsonNode parameter : operation.path("parameters")) {
			String type = parameter.path("schema").path("type").asString("");
			boolean typed = !type.equals("string") || parameter.path("schema").has("enum")
					|| parameter.path("schema").has("format");
			if (parameter.path("in").asString().equals("query") && typed) {
				return withBody(call(method, template + "?" + parameter.path("name").asString() + "=%00x", token),
						mediaType, true);
			}
		}
		return withBody(call(method, template, token), mediaType, false);
	}

	/**
	 * A valid-looking body where one is needed, or a broken one to make the request
	 * itself a 400.
	 */
	private static MvcTestResult withBody(MockMvcRequestBuilder request, String mediaType, boolean wellFormed) {
		if (mediaType == null) {
			return request.exchange();
		}
		if (mediaType.startsWith("multipart/")) {
			return request.multipart().file("other", new byte[] { 'x' }).exchange();
		}
		return request.contentType(MediaType.APPLICATION_JSON)
			.content(wellFormed ? "{}" : "{\"unclosed\": ")
			.exchange();
	}

	private MockMvcRequestBuilder call(String method, String path, String token) {
		MockMvcRequestBuilder request = request(method, path);
		if (path.equals("/api/v1/tokens")) {
			return request.header("Authorization", basic(this.email, PASSWORD));
		}
		return request.header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON);
	}

	private MockMvcRequestBuilder request(String method, String path) {
		return this.mvc.method(HttpMethod.valueOf(method)).uri(URI.create(path));
	}

}
