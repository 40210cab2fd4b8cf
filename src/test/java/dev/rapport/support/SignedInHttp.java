package dev.rapport.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user signed in to the running app over real HTTP, as a browser would be: a cookie
 * jar, the sign-in form posted with its CSRF token and the test users' password. The
 * client follows no redirects, so signing in opens no page: a benchmark's first look at a
 * page is its own.
 */
public final class SignedInHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	private SignedInHttp(int port) {
		this.port = port;
	}

	/** Signs in the user with this email ({@link TestUsers#PASSWORD}) on localhost. */
	public static SignedInHttp signIn(int port, String email) throws IOException, InterruptedException {
		SignedInHttp session = new SignedInHttp(port);
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(session.csrf("/login"), StandardCharsets.UTF_8);
		HttpResponse<Void> response = session.postForm("/login", form);
		assertThat(response.headers().firstValue("Location")).as("where signing in as %s leads", email)
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return session;
	}

	/** The body of a GET that must answer 200. */
	public String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** The CSRF token of the form on this page. */
	public String csrf(String path) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get(path));
		assertThat(csrf.find()).as("a CSRF token on " + path).isTrue();
		return csrf.group(1);
	}

	/** Posts an already encoded form, as a browser submits one; the body is not read. */
	public HttpResponse<Void> postForm(String path, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
