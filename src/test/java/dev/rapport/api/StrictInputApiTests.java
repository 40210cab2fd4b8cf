package dev.rapport.api;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API stores what it is sent or refuses it with a 400 naming the field: the JSON
 * reader coerces nothing and knows every property, text that cannot be stored as sent is
 * refused, dates stay within 1900..2100, names show something, and malformed requests are
 * problem details, not 500s.
 */
class StrictInputApiTests extends ApiTestSupport {

	@Test
	void aNumberIsNeitherADateNorAnEnumAndAFractionIsNoId() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");

		assertFieldErrors(
				logJson(token, "{\"date\": 123, \"kind\": \"COFFEE\", \"direction\": \"ME\", \"participantIds\": [%d]}"
					.formatted(ana)),
				"date");
		assertFieldErrors(logJson(token,
				"{\"date\": \"2026-11-17\", \"kind\": 3, \"direction\": \"ME\", \"participantIds\": [%d]}"
					.formatted(ana)),
				"kind");
		assertFieldErrors(logJson(token,
				"{\"date\": \"2026-11-17\", \"kind\": \"COFFEE\", \"direction\": \"ME\", \"participantIds\": [%d.5]}"
					.formatted(ana)),
				"participantIds[0]");
		assertFieldErrors(logJson(token,
				"{\"date\": \"2026-11-17T10:00:00\", \"kind\": \"COFFEE\", \"direction\": \"ME\", \"participantIds\": [%d]}"
					.formatted(ana)),
				"date");
		assertFieldErrors(logJson(token,
				"{\"date\": \" 2026-11-17\", \"kind\": \"COFFEE\", \"direction\": \"ME\", \"participantIds\": [%d]}"
					.formatted(ana)),
				"date");
		assertFieldErrors(logJson(token,
				"{\"date\": \"+2026-11-17\", \"kind\": \"COFFEE\", \"direction\": \"ME\", \"participantIds\": [%d]}"
					.formatted(ana)),
				"date");
		assertFieldErrors(logJson(token,
				"{\"date\": \"2026-11-17\", \"kind\": \"COFFEE\", \"direction\": \"ME\", \"participantIds\": [\"%d\"]}"
					.formatted(ana)),
				"participantIds[0]");
		assertFieldErrors(createJson(token, "{\"firstName\": 5}"), "firstName");
		assertFieldErrors(createJson(token, "{\"firstName\": \"Ana\", \"noSuggest\": \"true\"}"), "noSuggest");
	}

	@Test
	void anUnknownPropertyIsNamedNotDropped() throws Exception {
		String token = tokenOf(signUp());

		MvcTestResult result = createJson(token, "{\"firstName\": \"Ana\", \"birthDay\": \"1990-04-12\"}");

		assertFieldErrors(result, "birthDay");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("not a property");
		assertFieldErrors(createJson(token, "{\"firstName\": \"Ana\", \"id\": 7}"), "id");
	}

	@Test
	void textThatCannotBeStoredAsSentIsRefused() throws Exception {
		String token = tokenOf(signUp());

		assertFieldErrors(createJson(token, "{\"firstName\": \"An\\u0000a\"}"), "firstName");
		assertFieldErrors(createJson(token, "{\"firstName\": \"Ana\", \"notes\": \"broken \\ud800 half\"}"), "notes");
		assertFieldErrors(createJson(token, "{\"firstName\": \" Ana \"}"), "firstName");
		assertFieldErrors(
				createJson(token, "{\"firstName\": \"Ana\", \"linkedinUrl\": \"http://www.linkedin.com/in/ana\"}"),
				"linkedinUrl");
		assertFieldErrors(createJson(token, "{\"firstName\": \"Ana\", \"tags\": [\"a,b\", \"x\", \"X\"]}"), "tags[0]",
				"tags[2]");
	}

	@Test
	void namesMustShowSomethingAndCarryNoBidiOverride() throws Exception {
		String token = tokenOf(signUp());

		assertFieldErrors(createJson(token, "{\"firstName\": \"\\u200b\\u200d\\u2066\"}"), "firstName");
		assertFieldErrors(createJson(token, "{\"firstName\": \"Ana\\u202egnp.exe\"}"), "firstName");
		assertThat(createJson(token, "{\"firstName\": \"\\u0622\\u0646\\u0627\"}")).hasStatus(201);
	}

	@Test
	void datesStayBetween1900And2100() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");

		assertFieldErrors(createJson(token, "{\"firstName\": \"Ana\", \"birthday\": \"-5000-01-01\"}"), "birthday");
		assertFieldErrors(createJson(token, "{\"firstName\": \"Ana\", \"knownSince\": \"1899-12-31\"}"), "knownSince");
		assertThat(createJson(token, "{\"firstName\": \"Old\", \"birthday\": \"1900-01-01\"}")).hasStatus(201);
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/follow-ups"), token, """
				{"contactId": %d, "title": "Far", "dueOn": "2101-01-01", "side": "I_OWE"}""".formatted(ana)), "dueOn");
		long followUp = createFollowUp(token, ana, "2026-11-25");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/follow-ups/" + followUp + "/snooze"), token,
				"{\"until\": \"2101-01-01\"}"), "until");
		assertFieldErrors(call(this.mvc.post().uri("/api/v1/follow-ups/" + followUp + "/snooze"), token,
				"{\"until\": \"+10000-01-01\"}"), "until");
	}

	@Test
	void aPageBeyondTheOffsetLimitIsA400() throws Exception {
		String token = tokenOf(signUp());

		assertFieldErrors(call(this.mvc.get().uri("/api/v1/contacts?page=2147483647&size=100"), token), "page");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/interactions?page=2147483647"), token), "page");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/follow-ups?page=99999999999"), token), "page");
	}

	@Test
	void idsAndParametersAreTakenAsSentOrRefused() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");

		assertFieldErrors(call(this.mvc.get().uri("/api/v1/contacts/0x" + Long.toHexString(ana)), token), "id");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/contacts/1e" + ana), token), "id");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/contacts?tier=%00"), token), "tier");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/contacts?page=%201"), token), "page");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/interactions?contactId=%C3%28"), token), "contactId");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/reconnect?week="), token), "week");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/contacts?tier=&page=0"), token), "tier");
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/" + ana), token)).hasStatusOk();
	}

	@Test
	void aMalformedMultipartBodyIsA400Problem() throws Exception {
		String token = tokenOf(signUp());

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/imports/linkedin")
			.header("Authorization", "Bearer " + token)
			.contentType("multipart/form-data; boundary=nothing-like-it")
			.content("--wrong\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ncut off")
			.exchange();

		assertProblem(result, 400);
		MvcTestResult noFile = this.mvc.post()
			.uri("/api/v1/imports/linkedin")
			.header("Authorization", "Bearer " + token)
			.multipart()
			.file(new MockMultipartFile("other", "x.csv", "text/csv", new byte[0]))
			.exchange();
		assertFieldErrors(noFile, "file");
	}

	@Test
	void suspiciousPathSegmentsAreProblemDetails() throws Exception {
		String token = tokenOf(signUp());

		for (String path : new String[] { "/api/v1/contacts/%00", "/api/v1/contacts/%2e%2e", "/api/v1/contacts/1;x=y",
				"/api/v1/contacts/..%2f1" }) {
			MvcTestResult result = call(this.mvc.get().uri(URI.create(path)), token);
			assertProblem(result, 400);
		}
	}

	private MvcTestResult createJson(String token, String json) {
		return call(this.mvc.post().uri("/api/v1/contacts"), token, json);
	}

	private MvcTestResult logJson(String token, String json) {
		return call(this.mvc.post().uri("/api/v1/interactions"), token, json);
	}

}
