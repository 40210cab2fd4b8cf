package dev.rapport.api;

import java.nio.charset.StandardCharsets;

import dev.rapport.account.AccountPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ExportApiTests extends ApiTestSupport {

	@Test
	void spreadsheetsEscapeFormulasAndCarryEveryContact() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		call(this.mvc.post().uri("/api/v1/contacts"), token, """
				{"firstName": "=HYPERLINK(\\"http://evil.example\\")", "lastName": "+1", "company": "-Acme",
				 "notes": "@mention", "tags": ["ok"]}""");
		MvcTestResult csv = call(this.mvc.get().uri("/api/v1/export/contacts.csv"), token);
		assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFFirst name,Last name,Email")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",'+1,,,'-Acme")
			.contains("'@mention")
			.doesNotContain(",=HYPERLINK");
		assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("contacts.csv");
	}

	@Test
	void theBackupTheVCardsAndTheInteractionsHoldOnlyYourOwnData() throws Exception {
		AccountPrincipal owner = signUp();
		String ownerToken = tokenOf(owner);
		byte[] vcf = new ClassPathResource("addressbook/apple-contacts-3.0.vcf").getContentAsByteArray();
		assertThat(this.mvc.post()
			.uri("/api/v1/imports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ownerToken)
			.multipart()
			.file(new MockMultipartFile("file", "apple.vcf", "text/vcard", vcf))
			.exchange()).hasStatus(201);
		long anne = ((Number) read(call(this.mvc.get().uri("/api/v1/contacts?q=Søndergaard"), ownerToken),
				"$.content[0].id"))
			.longValue();

		MvcTestResult backup = call(this.mvc.get().uri("/api/v1/export"), ownerToken);
		assertThat(backup).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(backup).bodyJson().extractingPath("$.format").isEqualTo("rapport-backup");
		assertThat(backup).bodyJson().extractingPath("$.contacts.length()").isEqualTo(3);

		MvcTestResult one = call(this.mvc.get().uri("/api/v1/contacts/{id}/vcard", anne), ownerToken);
		assertThat(one).hasStatusOk().hasContentTypeCompatibleWith("text/vcard");
		String card = one.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(card).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
			.contains("UID:6F1A2B3C-4D5E-4F60-8A9B-0C1D2E3F4A5B", "family mailbox", "PHOTO:data:image/jpeg;base64,");
		assertThat(call(this.mvc.get().uri("/api/v1/export/vcard"), ownerToken).getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("FN:Kestrel Labs", "FN:Chidi Okafor");

		AccountPrincipal stranger = signUp();
		String strangerToken = tokenOf(stranger);
		assertProblem(call(this.mvc.get().uri("/api/v1/contacts/{id}/vcard", anne), strangerToken), 404);
		assertThat(call(this.mvc.get().uri("/api/v1/export"), strangerToken)).bodyJson()
			.extractingPath("$.contacts.length()")
			.isEqualTo(0);
		assertThat(call(this.mvc.get().uri("/api/v1/export/vcard"), strangerToken).getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(call(this.mvc.get().uri("/api/v1/export/interactions.csv"), strangerToken).getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFDate,Kind,Direction,With,Summary,Notes\r\n");
		assertProblem(this.mvc.get().uri("/api/v1/export").exchange(), 401);
	}

}
