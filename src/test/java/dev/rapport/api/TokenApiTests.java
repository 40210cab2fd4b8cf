package dev.rapport.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import dev.rapport.account.AccountPrincipal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class TokenApiTests extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsATokenWithEmailAndPasswordThatThenOpensTheApi() throws Exception {
		AccountPrincipal user = signUp();
		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION, basic(user.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"backup script\"}")
			.exchange();

		assertThat(created).hasStatus(201).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("backup script");
		String token = read(created, "$.token");
		assertThat(token).startsWith("rap_").hasSizeGreaterThan(40);
		assertThat(created.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(created.getRequest().getSession(false)).isNull();

		MvcTestResult listed = call(this.mvc.get().uri("/api/v1/contacts"), token);
		assertThat(listed).hasStatusOk();
		assertThat(listed.getRequest().getSession(false)).isNull();
	}

	@Test
	void storesOnlyAHashAndAPrefixOfTheToken() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);

		Map<String, Object> row = this.jdbc
			.queryForMap("select token_hash, prefix from access_token where owner_id = ?", user.id());
		assertThat(row.get("TOKEN_HASH")).isEqualTo(sha256(token)).isNotEqualTo(token);
		assertThat(token).startsWith((String) row.get("PREFIX"));
		assertThat((String) row.get("PREFIX")).hasSize(10);
		assertThat(this.jdbc.queryForObject("select count(*) from access_token where token_hash = ? or prefix = ?",
				Integer.class, token, token))
			.isZero();
		assertThat(this.tokens.list(user.id())).singleElement()
			.satisfies(view -> assertThat(view.toString()).doesNotContain(token.substring(10)));
	}

	@Test
	void refusesAWrongPasswordWithAProblem() throws Exception {
		AccountPrincipal user = signUp();
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION, basic(user.email(), "wrong password!"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\"}")
			.exchange();

		assertUnauthorizedProblem(result);
		assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		assertThat(this.tokens.list(user.id())).isEmpty();
	}

	@Test
	void throttlesPasswordGuessesPerAddressWith429AndRetryAfter() throws Exception {
		AccountPrincipal user = signUp();
		for (int i = 0; i < 5; i++) {
			assertThat(createToken(user.email(), "wrong password!", "127.0.0.2")).hasStatus(401);
		}

		MvcTestResult throttled = createToken(user.email(), PASSWORD, "127.0.0.2");
		assertThat(throttled).hasStatus(429).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(throttled.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
		assertThat(throttled).bodyJson().extractingPath("$.status").isEqualTo(429);
		assertThat(this.tokens.list(user.id())).isEmpty();

		assertThat(createToken(user.email(), PASSWORD, "127.0.0.3")).hasStatus(201);
	}

	@Test
	void sharesOneThrottleWithTheSignInForm() throws Exception {
		AccountPrincipal user = signUp();
		for (int i = 0; i < 3; i++) {
			this.mvc.post()
				.uri("/login")
				.param("username", user.email())
				.param("password", "wrong password!")
				.with(csrf())
				.with(request -> {
					request.setRemoteAddr("127.0.0.4");
					return request;
				})
				.exchange();
		}
		assertThat(createToken(user.email(), "wrong password!", "127.0.0.4")).hasStatus(401);
		assertThat(createToken(user.email(), "wrong password!", "127.0.0.4")).hasStatus(401);

		assertThat(createToken(user.email(), PASSWORD, "127.0.0.4")).hasStatus(429);
	}

	private MvcTestResult createToken(String email, String password, String address) {
		return this.mvc.post()
			.uri("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION, basic(email, password))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"guess\"}")
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	@Test
	void refusesATokenToCreateMoreTokens() throws Exception {
		AccountPrincipal user = signUp();
		MvcTestResult result = call(this.mvc.post().uri("/api/v1/tokens"), tokenOf(user), "{\"name\": \"more\"}");

		assertUnauthorizedProblem(result);
		assertThat(this.tokens.list(user.id())).hasSize(1);
	}

	@Test
	void acceptsThePasswordNowhereButTokenCreation() throws Exception {
		AccountPrincipal user = signUp();
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/contacts")
			.header(HttpHeaders.AUTHORIZATION, basic(user.email(), PASSWORD))
			.exchange();

		assertUnauthorizedProblem(result);
	}

	@Test
	void validatesTheTokenName() throws Exception {
		AccountPrincipal user = signUp();
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION, basic(user.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"  \"}")
			.exchange();

		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		assertThat(this.tokens.list(user.id())).isEmpty();
	}

	@Test
	void answersRequestsWithoutAToken401() throws Exception {
		assertUnauthorizedProblem(this.mvc.get().uri("/api/v1/contacts").exchange());
		assertUnauthorizedProblem(this.mvc.post()
			.uri("/api/v1/contacts")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"firstName\": \"Ana\"}")
			.exchange());
	}

	@Test
	void answersUnknownAndRevokedTokens401() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		assertThat(call(this.mvc.get().uri("/api/v1/contacts"), token)).hasStatusOk();

		this.tokens.revoke(user.id(), this.tokens.list(user.id()).get(0).id());

		assertUnauthorizedProblem(call(this.mvc.get().uri("/api/v1/contacts"), token));
		assertUnauthorizedProblem(call(this.mvc.get().uri("/api/v1/follow-ups"), token));
		assertUnauthorizedProblem(call(this.mvc.get().uri("/api/v1/contacts"), "rap_" + "x".repeat(43)));
		assertUnauthorizedProblem(call(this.mvc.get().uri("/api/v1/contacts"), "not-even-a-token"));
	}

	@Test
	void recordsWhenATokenWasLastUsed() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		assertThat(this.tokens.list(user.id()).get(0).lastUsedAt()).isNull();

		call(this.mvc.get().uri("/api/v1/interactions"), token);

		assertThat(this.tokens.list(user.id()).get(0).lastUsedAt()).isEqualTo("2026-11-18T10:00:00Z");
	}

	static void assertUnauthorizedProblem(MvcTestResult result) throws Exception {
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(401);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Unauthorized");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception");
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
