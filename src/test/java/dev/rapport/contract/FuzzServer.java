package dev.rapport.contract;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.NewAccessToken;
import dev.rapport.account.SignUp;
import dev.rapport.support.ServerIntegrationTest;
import dev.rapport.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestContextManager;

/**
 * The running app the fuzz properties talk to over real HTTP, so Tomcat's and Spring
 * Security's handling of odd paths and bytes is part of what is tested. The fuzz tests
 * run outside Spring's JUnit extension, so the context is obtained through Spring's
 * {@link TestContextManager}: with the same configuration as the other real-server tests,
 * it is the same cached application.
 */
public final class FuzzServer {

	public static final String PASSWORD = TestUsers.PASSWORD;

	private static final AtomicInteger USERS = new AtomicInteger();

	private static FuzzServer instance;

	private final Holder holder;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private ApiContract contract;

	private FuzzServer(Holder holder) {
		this.holder = holder;
	}

	public static synchronized FuzzServer get() {
		if (instance == null) {
			Holder holder = new Holder();
			try {
				new TestContextManager(Holder.class).prepareTestInstance(holder);
			}
			catch (Exception ex) {
				throw new IllegalStateException("The application did not start", ex);
			}
			instance = new FuzzServer(holder);
		}
		return instance;
	}

	public String base() {
		return "http://localhost:" + this.holder.port;
	}

	public HttpClient http() {
		return this.http;
	}

	public synchronized ApiContract contract() {
		if (this.contract == null) {
			this.contract = ApiContract
				.of(send(HttpRequest.newBuilder(URI.create(base() + "/v3/api-docs")).GET()).body());
		}
		return this.contract;
	}

	/** A new account, so each run of a property starts from data of its own. */
	public AccountPrincipal newUser(String kind) {
		String email = "fuzz-" + kind + "-" + USERS.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
		return this.holder.accounts.signUp(new SignUp("Fuzz " + kind, email, PASSWORD, "Europe/Berlin"));
	}

	public String tokenOf(AccountPrincipal user) {
		return this.holder.tokens.create(user.id(), new NewAccessToken("fuzz")).token();
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The server did not answer " + request.build().uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The exchange as the contract check needs it. */
	public static ApiContract.Exchange exchange(String method, URI uri, Map<String, List<String>> headers, byte[] body,
			HttpResponse<String> response) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				String[] parts = pair.split("=", 2);
				query.computeIfAbsent(decode(parts[0]), key -> new ArrayList<>())
					.add(parts.length > 1 ? decode(parts[1]) : "");
			}
		}
		Map<String, List<String>> responseHeaders = new LinkedHashMap<>(response.headers().map());
		return new ApiContract.Exchange(method, uri.getRawPath(), query, headers, body, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(null), responseHeaders, response.body());
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	@ServerIntegrationTest
	static class Holder {

		@LocalServerPort
		int port;

		@Autowired
		AccountService accounts;

		@Autowired
		AccessTokenService tokens;

	}

}
