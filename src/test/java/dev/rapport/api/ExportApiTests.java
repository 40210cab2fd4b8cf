package dev.rapport.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

	/**
	 * Interactions and their people are read by two queries merged as they stream: with
	 * two accounts logging in turn, each export holds exactly its own interactions, in
	 * the order they were logged, each with all of its people and nobody else's.
	 */
	@Test
	void interactionsKeepTheirPeopleWhenAccountsLogInTurn() throws Exception {
		AccountPrincipal owner = signUp();
		String ownerToken = tokenOf(owner);
		String strangerToken = tokenOf(signUp());
		long zoe = createContact(ownerToken, "Zoe");
		long ana = idOf(call(this.mvc.post().uri("/api/v1/contacts"), ownerToken,
				"{\"firstName\": \"Ana\", \"lastName\": \"Lima\"}"));
		long bo = createContact(ownerToken, "Bo");
		long sam = createContact(strangerToken, "Sam");
		long tia = createContact(strangerToken, "Tia");
		long first = logInteraction(ownerToken, "2026-11-10", zoe, ana);
		long theirs = logInteraction(strangerToken, "2026-11-09", sam, tia);
		long second = logInteraction(ownerToken, "2026-11-01", ana);
		logInteraction(strangerToken, "2026-11-02", tia);
		long third = logInteraction(ownerToken, "2026-11-05", bo, ana, zoe);

		String csv = call(this.mvc.get().uri("/api/v1/export/interactions.csv"), ownerToken).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("""
				\uFEFFDate,Kind,Direction,With,Summary,Notes\r
				2026-11-10,COFFEE,MUTUAL,Ana Lima; Zoe,Catch-up,\r
				2026-11-01,COFFEE,MUTUAL,Ana Lima,Catch-up,\r
				2026-11-05,COFFEE,MUTUAL,Ana Lima; Bo; Zoe,Catch-up,\r
				""");

		MvcTestResult backup = call(this.mvc.get().uri("/api/v1/export"), ownerToken);
		assertThat(ids(read(backup, "$.interactions[*].id"))).containsExactly(first, second, third);
		List<List<Number>> people = read(backup, "$.interactions[*].participantIds");
		assertThat(people.stream().map(ExportApiTests::ids)).containsExactly(List.of(zoe, ana), List.of(ana),
				List.of(zoe, ana, bo));
		MvcTestResult theirBackup = call(this.mvc.get().uri("/api/v1/export"), strangerToken);
		assertThat(ids(read(theirBackup, "$.interactions[*].id"))).hasSize(2).startsWith(theirs);
		List<List<Number>> theirPeople = read(theirBackup, "$.interactions[*].participantIds");
		assertThat(theirPeople.stream().map(ExportApiTests::ids)).containsExactly(List.of(sam, tia), List.of(tia));
	}

	private static List<Long> ids(List<Number> numbers) {
		return numbers.stream().map(Number::longValue).toList();
	}

}
