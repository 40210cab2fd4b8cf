package dev.rapport.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.NewAccessToken;
import dev.rapport.account.SignUp;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The whole application with its real security chain and an in-memory database; each test
 * signs up its own users, so tests never see each other's data.
 */
@WebIntegrationTest
abstract class ApiTestSupport {

	static final String PASSWORD = TestUsers.PASSWORD;

	private static final AtomicInteger USERS = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessTokenService tokens;

	AccountPrincipal signUp() {
		String email = "api-" + getClass().getSimpleName().toLowerCase() + "-" + USERS.incrementAndGet() + "-"
				+ System.nanoTime() + "@example.com";
		return this.accounts.signUp(new SignUp("Api User", email, PASSWORD, "Europe/Berlin"));
	}

	String tokenOf(AccountPrincipal user) {
		return this.tokens.create(user.id(), new NewAccessToken("tests")).token();
	}

	/** A request as a script sends it: with the token, JSON in and out. */
	MvcTestResult call(MockMvcRequestBuilder request, String token, String json) {
		MockMvcRequestBuilder builder = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.accept(MediaType.APPLICATION_JSON);
		if (json != null) {
			builder = builder.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return builder.exchange();
	}

	MvcTestResult call(MockMvcRequestBuilder request, String token) {
		return call(request, token, null);
	}

	/**
	 * Uploads a file to an import endpoint as a script does: the multipart field
	 * {@code file} with the file's name and the media type its extension suggests, and
	 * the token.
	 */
	MvcTestResult upload(String endpoint, String token, String fileName, byte[] content, boolean dryRun) {
		return this.mvc.post()
			.uri(endpoint + "?dryRun={dryRun}", dryRun)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.multipart()
			.file(new MockMultipartFile("file", fileName,
					MediaTypeFactory.getMediaType(fileName).orElse(MediaType.APPLICATION_OCTET_STREAM).toString(),
					content))
			.exchange();
	}

	/** A file of the test resources, e.g. {@code linkedin/generation-2024-url.csv}. */
	static byte[] testFile(String path) {
		try {
			return new ClassPathResource(path).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static <T> T read(MvcTestResult result, String path) {
		try {
			return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long idOf(MvcTestResult result) {
		return ((Number) read(result, "$.id")).longValue();
	}

	long createContact(String token, String firstName, String... tags) {
		String tagList = String.join(",", Arrays.stream(tags).map(tag -> "\"" + tag + "\"").toList());
		return idOf(call(this.mvc.post().uri("/api/v1/contacts"), token,
				"{\"firstName\": \"" + firstName + "\", \"tags\": [" + tagList + "]}"));
	}

	long logInteraction(String token, String date, long... participants) {
		String ids = String.join(",", Arrays.stream(participants).mapToObj(Long::toString).toList());
		return idOf(call(this.mvc.post().uri("/api/v1/interactions"), token,
				"""
						{"date": "%s", "kind": "COFFEE", "direction": "MUTUAL", "participantIds": [%s], "summary": "Catch-up"}"""
					.formatted(date, ids)));
	}

	/** A coffee with one contact, started by {@code direction} (ME, THEM or MUTUAL). */
	long logInteraction(String token, String date, long contactId, String direction) {
		return idOf(call(this.mvc.post().uri("/api/v1/interactions"), token, """
				{"date": "%s", "kind": "COFFEE", "direction": "%s", "participantIds": [%d]}""".formatted(date,
				direction, contactId)));
	}

	long createFollowUp(String token, long contactId, String dueOn) {
		return idOf(call(this.mvc.post().uri("/api/v1/follow-ups"), token, """
				{"contactId": %d, "title": "Send the article", "dueOn": "%s", "side": "I_OWE"}""".formatted(contactId,
				dueOn)));
	}

}
