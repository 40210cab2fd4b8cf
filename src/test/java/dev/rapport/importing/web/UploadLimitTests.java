package dev.rapport.importing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over-large uploads through a real Tomcat, which MockMvc cannot show: the container
 * refuses the multipart body before Spring Security or a controller sees a field. Small
 * limits keep the test fast; the relation between them is the one application.properties
 * has.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.importing.max-file-size=1MB", "rapport.importing.max-backup-size=1MB",
				"spring.servlet.multipart.max-file-size=2MB", "spring.servlet.multipart.max-request-size=2MB" })
@ActiveProfiles("test")
class UploadLimitTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	AccountPrincipal owner;

	HttpClient browser;

	@BeforeEach
	void signIn() throws Exception {
		this.owner = TestUsers.signUp(this.accounts, "Uploader");
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = csrfOf(get("/login").body());
		String form = "username=" + URLEncoder.encode(this.owner.email(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token;
		HttpResponse<String> login = this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
	}

	@Test
	void fileAboveTheContainerLimitLandsOnTheImportPageWithTheLimit() throws Exception {
		HttpResponse<String> response = upload(new byte[5 * 1024 * 1024]);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/import?problem=too-large"));
		assertThat(get("/import?problem=too-large").body()).contains("The file is larger than 1 MB");
		assertThat(this.contacts.count(this.owner.id())).isZero();
	}

	@Test
	void fileBetweenTheImportAndContainerLimitsGetsTheSameMessage() throws Exception {
		HttpResponse<String> response = upload(new byte[1024 * 1024 + 10]);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("The file is larger than 1 MB");
	}

	private HttpResponse<String> upload(byte[] content) throws Exception {
		String page = get("/import").body();
		String token = csrfOf(page);
		Arrays.fill(content, (byte) 'a');
		String boundary = "----rapport" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		// Exactly where the page's form posts: the token rides in the URL.
		Matcher action = Pattern.compile("action=\"([^\"]*)\" method=\"post\" enctype=\"multipart/form-data\"")
			.matcher(page);
		assertThat(action.find()).isTrue();
		String path = action.group(1).replace("&amp;", "&");
		assertThat(path).contains("_csrf=" + token);
		return this.browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrfOf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

}
