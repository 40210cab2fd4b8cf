package dev.rapport.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.rapport.account.AccessTokenScope;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.NewAccessToken;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token scopes and expiry: a read-only token reads but never writes (403), an expired
 * token is as dead as an unknown one (401), and both are chosen when the token is
 * created.
 */
class TokenScopeApiTests extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsAReadOnlyTokenThatExpiresAfterTheGivenDays() throws Exception {
		AccountPrincipal user = signUp();
		MvcTestResult created = createToken(user,
				"{\"name\": \"dashboard\", \"scope\": \"READ\", \"expiresInDays\": 30}");

		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.scope").isEqualTo("READ");
		// the tests' clock stands at 2026-11-18T10:00:00Z
		assertThat(created).bodyJson().extractingPath("$.expiresAt").isEqualTo("2026-12-18T10:00:00Z");
		assertThat(this.tokens.list(user.id())).singleElement().satisfies(view -> {
			assertThat(view.scope()).isEqualTo(AccessTokenScope.READ);
			assertThat(view.expiresAt()).isEqualTo("2026-12-18T10:00:00Z");
			assertThat(view.expired()).isFalse();
		});
	}

	@Test
	void createsAReadWriteTokenThatNeverExpiresWhenNothingIsAsked() throws Exception {
		AccountPrincipal user = signUp();
		MvcTestResult created = createToken(user, "{\"name\": \"backup\"}");

		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.scope").isEqualTo("READ_WRITE");
		assertThat(created).bodyJson().extractingPath("$.expiresAt").isNull();
		String token = read(created, "$.token");
		assertThat(call(this.mvc.post().uri("/api/v1/contacts"), token, "{\"firstName\": \"Ana\"}")).hasStatus(201);
	}

	@Test
	void refusesAnExpiryOutsideOneDayToTenYearsAndAnUnknownScope() throws Exception {
		AccountPrincipal user = signUp();
		for (String body : List.of("{\"name\": \"x\", \"expiresInDays\": 0}",
				"{\"name\": \"x\", \"expiresInDays\": 3651}")) {
			MvcTestResult refused = createToken(user, body);
			assertThat(refused).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("expiresInDays");
		}
		assertThat(createToken(user, "{\"name\": \"x\", \"scope\": \"ADMIN\"}")).hasStatus(400);
		assertThat(this.tokens.list(user.id())).isEmpty();
	}

	@Test
	void aReadOnlyTokenReadsButCannotWrite() throws Exception {
		AccountPrincipal user = signUp();
		String writer = tokenOf(user);
		long contact = createContact(writer, "Ana");
		String reader = this.tokens.create(user.id(), new NewAccessToken("reader", AccessTokenScope.READ, null))
			.token();

		assertThat(call(this.mvc.get().uri("/api/v1/contacts/{id}", contact), reader)).hasStatusOk();

		MvcTestResult write = call(this.mvc.post().uri("/api/v1/contacts"), reader, "{\"firstName\": \"Bo\"}");
		assertThat(write).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(write).bodyJson().extractingPath("$.status").isEqualTo(403);
		assertThat(write).bodyJson().extractingPath("$.detail").asString().contains("read-only");
		assertThat(call(this.mvc.delete().uri("/api/v1/contacts/{id}", contact), reader)).hasStatus(403);
		assertThat(
				this.jdbc.queryForObject("select count(*) from contact where owner_id = ?", Integer.class, user.id()))
			.isEqualTo(1);
	}

	/**
	 * Walks the live document, so an operation added later is covered without anyone
	 * thinking of it: every bearer operation that is not a read refuses a read-only
	 * token, before it looks at the path's ids or the body.
	 */
	@Test
	void aReadOnlyTokenIsRefusedByEveryOperationThatIsNotARead() throws Exception {
		AccountPrincipal user = signUp();
		String reader = this.tokens.create(user.id(), new NewAccessToken("reader", AccessTokenScope.READ, null))
			.token();
		JsonNode paths = JsonMapper.builder()
			.build()
			.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString())
			.get("paths");

		List<String> refused = new ArrayList<>();
		for (var path : paths.properties()) {
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(Locale.ROOT);
				if (method.equals("GET") || method.equals("HEAD") || !operation.getValue().has("responses")
						|| !operation.getValue().get("responses").has("403")) {
					continue;
				}
				String uri = path.getKey().replaceAll("\\{[^/]+}", "1");
				MvcTestResult result = this.mvc.method(HttpMethod.valueOf(method))
					.uri(uri)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + reader)
					.accept(MediaType.APPLICATION_JSON)
					.exchange();
				assertThat(result).as(method + " " + path.getKey()).hasStatus(403);
				refused.add(method + " " + path.getKey());
			}
		}
		assertThat(refused).contains("POST /api/v1/contacts", "DELETE /api/v1/contacts/{id}")
			.doesNotContain("POST /api/v1/tokens");
	}

	@Test
	void anExpiredTokenIsAnsweredLikeAnUnknownOne() throws Exception {
		AccountPrincipal user = signUp();
		String token = this.tokens.create(user.id(), new NewAccessToken("short", AccessTokenScope.READ_WRITE, 30))
			.token();
		assertThat(call(this.mvc.get().uri("/api/v1/contacts"), token)).hasStatusOk();

		// the expiry is the first instant the token fails: move it to the tests' "now"
		this.jdbc.update("update access_token set expires_at = ? where owner_id = ?",
				Timestamp.from(Instant.parse("2026-11-18T10:00:00Z")), user.id());

		TokenApiTests.assertUnauthorizedProblem(call(this.mvc.get().uri("/api/v1/contacts"), token));
		TokenApiTests
			.assertUnauthorizedProblem(call(this.mvc.post().uri("/api/v1/contacts"), token, "{\"firstName\": \"Bo\"}"));
		assertThat(this.tokens.list(user.id())).singleElement().satisfies(view -> assertThat(view.expired()).isTrue());
	}

	private MvcTestResult createToken(AccountPrincipal user, String body) {
		return this.mvc.post()
			.uri("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION, basic(user.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
