package dev.rapport.api;

import java.nio.charset.StandardCharsets;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.contact.ContactService;
import dev.rapport.importing.linkedin.LinkedInCsvMother;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ImportApiTests extends ApiTestSupport {

	@Autowired
	ContactService contacts;

	@Test
	void aDryRunSaysWhatImportingWouldDoAndWritesNothing() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);

		MvcTestResult result = upload(token, fixture("hidden-members.csv"), true);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"id": null, "dryRun": true, "fileName": "hidden-members.csv", "created": 2, "updated": 0,
				 "unchanged": 0, "skipped": 3, "problems": [
				   {"line": 6, "reason": "HIDDEN_MEMBER", "name": null, "sameAsLine": null},
				   {"line": 7, "reason": "HIDDEN_MEMBER"}, {"line": 9, "reason": "HIDDEN_MEMBER"}]}""");
		assertThat(this.contacts.count(user.id())).isZero();
		assertThat(call(this.mvc.get().uri("/api/v1/imports"), token)).bodyJson().isStrictlyEqualTo("[]");
	}

	@Test
	void importsInOneRequestRecordsItAndImportingAgainChangesNothing() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		byte[] file = fixture("same-url-twice.csv");

		MvcTestResult first = upload(token, file, false);
		assertThat(first).hasStatus(201);
		assertThat(first).bodyJson().isLenientlyEqualTo("""
				{"dryRun": false, "created": 1, "updated": 0, "unchanged": 0, "skipped": 1,
				 "problems": [{"line": 6, "reason": "DUPLICATE", "name": "Jane Doe", "sameAsLine": 5}]}""");
		long firstId = idOf(first);
		assertThat(this.contacts.count(user.id())).isEqualTo(1);

		MvcTestResult again = upload(token, file, false);
		assertThat(again).bodyJson().isLenientlyEqualTo("""
				{"created": 0, "updated": 0, "unchanged": 1, "skipped": 1}""");
		assertThat(this.contacts.count(user.id())).isEqualTo(1);

		assertThat(call(this.mvc.get().uri("/api/v1/imports"), token)).bodyJson()
			.isLenientlyEqualTo(
					"""
							[{"id": %d, "fileName": "same-url-twice.csv", "created": 0, "unchanged": 1},
							 {"id": %d, "fileName": "same-url-twice.csv", "created": 1, "importedAt": "2026-11-18T10:00:00Z"}]"""
						.formatted(idOf(again), firstId));
	}

	@Test
	void importsAGeneratedExportOfEveryGeneration() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		var export = LinkedInCsvMother.randomExport(7);

		MvcTestResult result = upload(token, export.bytes(), false);

		assertThat(result).hasStatus(201);
		assertThat(this.contacts.count(user.id())).isEqualTo(((Number) read(result, "$.created")).longValue())
			.isPositive();
		assertThat(((Number) read(result, "$.skipped")).intValue())
			.isGreaterThanOrEqualTo(export.hiddenMemberLines().size());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "empty.csv, EMPTY_FILE, false", "google-contacts.csv, NOT_A_LINKEDIN_EXPORT, false",
			"unclosed-quote.csv, MALFORMED_CSV, true", "unreadable-date.csv, INVALID_DATE, true" })
	void rejectsAFileThatIsNotALinkedInExportWith422AndWritesNothing(String name, String reason, boolean hasLine)
			throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		byte[] file = fixture(name);

		for (boolean dryRun : new boolean[] { true, false }) {
			MvcTestResult result = upload(token, file, dryRun);
			assertProblem(result, 422);
			assertThat(result).bodyJson().extractingPath("$.reason").isEqualTo(reason);
			if (hasLine) {
				assertThat(result).bodyJson().extractingPath("$.line").asNumber().isNotNull();
			}
		}
		assertThat(this.contacts.count(user.id())).isZero();
		assertThat(call(this.mvc.get().uri("/api/v1/imports"), token)).bodyJson().isStrictlyEqualTo("[]");
	}

	@Test
	void rejectsBinaryAndInvalidUtf8() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 0, 8, 0 };
		byte[] latin1 = ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
				+ "J\u00FCrgen,M\u00FCller,,,Acme,CTO,12 Jun 2024\n")
			.getBytes(StandardCharsets.ISO_8859_1);

		MvcTestResult binary = upload(token, zip, false);
		MvcTestResult notUtf8 = upload(token, latin1, false);

		assertProblem(binary, 422);
		assertThat(binary).bodyJson().extractingPath("$.reason").isEqualTo("BINARY_DATA");
		assertProblem(notUtf8, 422);
		assertThat(notUtf8).bodyJson().isLenientlyEqualTo("""
				{"reason": "NOT_UTF8", "line": 2}""");
		assertThat(notUtf8).bodyJson().extractingPath("$.detail").asString().contains("not UTF-8");
		assertThat(this.contacts.count(user.id())).isZero();
	}

	@Test
	void aMissingFileIsAFieldErrorAndNoTokenIs401() throws Exception {
		String token = tokenOf(signUp());

		assertFieldErrors(this.mvc.post()
			.uri("/api/v1/imports/linkedin")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.multipart()
			.file(new MockMultipartFile("other", "x.csv", "text/csv", new byte[] { 'x' }))
			.exchange(), "file");
		assertProblem(this.mvc.post()
			.uri("/api/v1/imports/linkedin")
			.multipart()
			.file(new MockMultipartFile("file", "x.csv", "text/csv", fixture("generation-2024-url.csv")))
			.exchange(), 401);
		assertProblem(this.mvc.get().uri("/api/v1/imports").exchange(), 401);
	}

	private MvcTestResult upload(String token, byte[] content, boolean dryRun) {
		return upload("/api/v1/imports/linkedin", token, this.lastName, content, dryRun);
	}

	/** The name of the fixture read last, sent as the uploaded file's name. */
	private String lastName = "Connections.csv";

	private byte[] fixture(String name) {
		this.lastName = name;
		return testFile("linkedin/" + name);
	}

}
