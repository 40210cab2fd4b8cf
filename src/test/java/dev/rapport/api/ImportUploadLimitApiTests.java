package dev.rapport.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.jayway.jsonpath.JsonPath;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.NewAccessToken;
import dev.rapport.contact.ContactService;
import dev.rapport.contract.ApiContract;
import dev.rapport.support.TestUsers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over-large API uploads through a real Tomcat (MockMvc parses no multipart body): a 413
 * problem detail whichever limit is passed, never the import page's redirect. The limits
 * are those of {@code UploadLimitTests}, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.importing.max-file-size=1MB", "rapport.importing.max-backup-size=1MB",
				"spring.servlet.multipart.max-file-size=2MB", "spring.servlet.multipart.max-request-size=2MB" })
@ActiveProfiles("test")
class ImportUploadLimitApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	ContactService contacts;

	@Test
	void fileAboveTheContainerLimitIsA413Problem() throws Exception {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Api Uploader");

		HttpResponse<String> response = upload(owner, new byte[5 * 1024 * 1024]);

		assertTooLarge(response);
		assertThat(this.contacts.count(owner.id())).isZero();
	}

	@Test
	void fileBetweenTheImportAndContainerLimitsIsTheSame413Problem() throws Exception {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Api Uploader");

		HttpResponse<String> response = upload(owner, new byte[1024 * 1024 + 10]);

		assertTooLarge(response);
		assertThat(this.contacts.count(owner.id())).isZero();
	}

	@Test
	void theAnyFormatImportHasTheSameLimits() throws Exception {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Api Uploader");

		assertTooLarge(upload(owner, new byte[5 * 1024 * 1024], "/api/v1/imports"));
		assertTooLarge(upload(owner, new byte[1024 * 1024 + 10], "/api/v1/imports?dryRun=true"));
		assertThat(this.contacts.count(owner.id())).isZero();
	}

	private static void assertTooLarge(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat((String) JsonPath.read(response.body(), "$.detail"))
			.isEqualTo("The file is larger than 1 MB; nothing was imported.");
		assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(413);
	}

	private HttpResponse<String> upload(AccountPrincipal owner, byte[] content) throws Exception {
		return upload(owner, content, "/api/v1/imports/linkedin");
	}

	private HttpResponse<String> upload(AccountPrincipal owner, byte[] content, String path) throws Exception {
		String token = this.tokens.create(owner.id(), new NewAccessToken("limits")).token();
		Arrays.fill(content, (byte) 'a');
		String boundary = "----rapport" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		// the multipart body is not validated by the contract check, so it is not passed
		// on
		return ApiContract.sendChecked(HttpClient.newHttpClient(),
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
					.build(),
				new byte[0]);
	}

}
