package dev.rapport.api;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.contact.ContactService;
import dev.rapport.support.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class AddressBookImportApiTests extends ApiTestSupport {

	@Autowired
	ContactService contacts;

	@ParameterizedTest
	@CsvSource({ "apple-contacts-3.0.vcf, VCARD, 3, 0", "android-2.1.vcf, VCARD, 2, 1",
			"nextcloud-4.0.vcf, VCARD, 1, 0", "google-current.csv, GOOGLE_CSV, 2, 1",
			"google-legacy.csv, GOOGLE_CSV, 2, 0", "outlook-english.csv, OUTLOOK_CSV, 2, 0",
			"outlook-german.csv, OUTLOOK_CSV, 2, 0", "outlook-french.csv, OUTLOOK_CSV, 1, 0",
			"outlook-spanish.csv, OUTLOOK_CSV, 2, 0", "outlook-italian.csv, OUTLOOK_CSV, 1, 0",
			"outlook-dutch.csv, OUTLOOK_CSV, 1, 0", "outlook-com.csv, OUTLOOK_CSV, 2, 0",
			"outlook-english-utf16.csv, OUTLOOK_CSV, 2, 0", "google-outlook.csv, OUTLOOK_CSV, 2, 0",
			"android-samsung-2.1.vcf, VCARD, 2, 0", "latin1-2.1.vcf, VCARD, 2, 0", "icloud-3.0.vcf, VCARD, 3, 0",
			"proton-4.0.vcf, VCARD, 1, 0", "thunderbird-4.0.vcf, VCARD, 1, 0", "thunderbird.csv, THUNDERBIRD_CSV, 3, 0",
			"outlook-german-excel.csv, OUTLOOK_CSV, 2, 0", "outlook-2.1.vcf, VCARD, 1, 0" })
	void recognisesTheFileAndADryRunWritesNothing(String fixture, String format, int created, int skipped)
			throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		MvcTestResult dryRun = upload(token, fixture, true);
		assertThat(dryRun).hasStatusOk();
		assertThat(dryRun).bodyJson().isLenientlyEqualTo("""
				{"id": null, "dryRun": true, "format": "%s", "fileName": "%s", "created": %d, "updated": 0,
				 "unchanged": 0, "skipped": %d}""".formatted(format, fixture, created, skipped));
		assertThat(this.contacts.count(user.id())).isZero();

		MvcTestResult commit = upload(token, fixture, false);
		assertThat(commit).hasStatus(201);
		assertThat(commit).bodyJson().isLenientlyEqualTo("""
				{"dryRun": false, "format": "%s", "created": %d, "skipped": %d}""".formatted(format, created, skipped));
		assertThat(this.contacts.count(user.id())).isEqualTo(created);
		assertThat(call(this.mvc.get().uri("/api/v1/imports"), token)).bodyJson()
			.extractingPath("$[0].format")
			.isEqualTo(format);
	}

	@Test
	void contactsListEveryLabelledEmailAndPhoneWithThePrimaryFirst() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		upload(token, "google-current.csv", false);
		MvcTestResult list = call(this.mvc.get().uri("/api/v1/contacts?q=Briain"), token);
		assertThat(list).bodyJson().isLenientlyEqualTo("""
				{"content": [{"firstName": "Tomás", "lastName": "Ó Briain", "email": "tomas@harbour.example",
				  "phone": "+353 87 123 4567",
				  "emails": [{"label": "work", "value": "tomas@harbour.example"},
				             {"label": "work", "value": "tomas.obriain@harbour.example"},
				             {"label": "home", "value": "tomas@home.example"}],
				  "phones": [{"label": "mobile", "value": "+353 87 123 4567"}]}]}""");
		long id = ((Number) read(list, "$.content[0].id")).longValue();
		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", id), token)).bodyJson()
			.extractingPath("$.emails.length()")
			.isEqualTo(3);
	}

	@ParameterizedTest
	@CsvSource({ "truncated.vcf, MALFORMED_VCARD, 6", "photo-as-vcf.vcf, BINARY_DATA, 1",
			"unknown-tool.csv, UNKNOWN_FORMAT, 1", "extra-columns-outlook.csv, MALFORMED_CSV, 2" })
	void unreadableFilesAre422WithAReasonAndWriteNothing(String fixture, String reason, int line) throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		MvcTestResult result = upload(token, fixture, false);
		assertProblem(result, 422);
		assertThat(result).bodyJson().extractingPath("$.reason").isEqualTo(reason);
		assertThat(result).bodyJson().extractingPath("$.line").isEqualTo(line);
		assertThat(this.contacts.count(user.id())).isZero();
		assertThat(call(this.mvc.get().uri("/api/v1/imports"), token)).bodyJson().isStrictlyEqualTo("[]");
	}

	@Test
	void filesBuiltToExhaustTheReaderAre422WithTheLimitTheyBreak() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		MvcTestResult columns = upload("/api/v1/imports", token, "columns.csv", HostileFiles.tenThousandColumns(),
				false);
		assertProblem(columns, 422);
		assertThat(columns).bodyJson().extractingPath("$.reason").isEqualTo("MALFORMED_CSV");
		assertThat(columns).bodyJson().extractingPath("$.detail").asString().contains("more than 1,000 columns");
		MvcTestResult note = upload("/api/v1/imports", token, "long-note.vcf",
				HostileFiles.vCardWithANineteenMegabyteNote(), true);
		assertProblem(note, 422);
		assertThat(note).bodyJson().extractingPath("$.reason").isEqualTo("MALFORMED_VCARD");
		assertThat(note).bodyJson().extractingPath("$.line").isEqualTo(4);
		assertThat(this.contacts.count(user.id())).isZero();
		assertThat(call(this.mvc.get().uri("/api/v1/imports"), token)).bodyJson().isStrictlyEqualTo("[]");
	}

	@Test
	void linkedInFilesKeepTheirRulesThroughTheCommonEndpoint() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		byte[] file = new ClassPathResource("linkedin/hidden-members.csv").getContentAsByteArray();
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/imports?dryRun=true")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.multipart()
			.file(new MockMultipartFile("file", "Connections.csv", "text/csv", file))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"format": "LINKEDIN", "created": 2, "skipped": 3, "problems": [{"line": 6, "reason": "HIDDEN_MEMBER"},
				 {"line": 7, "reason": "HIDDEN_MEMBER"}, {"line": 9, "reason": "HIDDEN_MEMBER"}]}""");
	}

	@Test
	void needsAToken() throws Exception {
		assertProblem(this.mvc.post()
			.uri("/api/v1/imports")
			.multipart()
			.file(new MockMultipartFile("file", "a.vcf", "text/vcard", new byte[] { 'x' }))
			.exchange(), 401);
	}

	private MvcTestResult upload(String token, String fixture, boolean dryRun) {
		return upload("/api/v1/imports", token, fixture, testFile("addressbook/" + fixture), dryRun);
	}

}
