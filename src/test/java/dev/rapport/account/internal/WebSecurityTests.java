package dev.rapport.account.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The web chain's sign-in mechanics as a browser meets them: security headers, throttled
 * sign-in, session fixation, sessions in the database, sign-out and remember-me, all
 * through the real filter chain. Who may see and change what (sign-in required, CSRF,
 * another user's ids) is {@code dev.rapport.SecurityTests}.
 */
@WebIntegrationTest
class WebSecurityTests {

	static final String PASSWORD = TestUsers.PASSWORD;

	static final String SESSION = SecurityConfiguration.SESSION_COOKIE;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void everyPageCarriesTheSecurityHeaders() {
		MvcTestResult page = this.mvc.get().uri("/login").exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).headers()
			.hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "same-origin");
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
			.contains("style-src 'self';")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe");
	}

	@Test
	void refusesTheRightPasswordFromAnAddressThatFailedFiveTimes() {
		String email = newAccount();
		String address = uniqueAddress();
		for (int i = 1; i <= 4; i++) {
			assertThat(signIn(email, "wrong password", address)).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(signIn(email, "wrong password", address)).redirectedUrl().isEqualTo("/login?throttled=15");

		assertThat(signIn(email, PASSWORD, address)).redirectedUrl().isEqualTo("/login?throttled=15");
		assertThat(this.mvc.get().uri("/login?throttled=15")).bodyText()
			.contains("Too many attempts; try again in 15 minutes.");
	}

	@Test
	void guessesFromElsewhereNeverLockTheOwnerOut() {
		String owner = newAccount();
		for (int i = 0; i < 30; i++) {
			signIn(owner, "wrong password", uniqueAddress());
		}

		assertThat(signIn(owner, PASSWORD, "127.0.0.3")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void refusesAnAddressThatGuessedManyAccounts() {
		String owner = newAccount();
		String address = uniqueAddress();
		for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
			signIn("nobody" + i + "-" + UUID.randomUUID() + "@example.com", "guess", address);
		}

		assertThat(signIn(owner, PASSWORD, address)).redirectedUrl().isEqualTo("/login?throttled=15");
		assertThat(signIn(owner, PASSWORD, uniqueAddress())).redirectedUrl().isEqualTo("/");
	}

	@Test
	void successfulSignInResetsTheAccountsFailures() {
		String email = newAccount();
		String address = uniqueAddress();
		for (int i = 0; i < 4; i++) {
			signIn(email, "wrong password", address);
		}
		assertThat(signIn(email, PASSWORD, address)).redirectedUrl().isEqualTo("/");
		for (int i = 0; i < 4; i++) {
			signIn(email, "wrong password", address);
		}

		assertThat(signIn(email, PASSWORD, address)).redirectedUrl().isEqualTo("/");
	}

	@Test
	void throttledPageShowsABoundedNumberOfMinutes() {
		assertThat(this.mvc.get().uri("/login?throttled=9999")).bodyText().contains("try again in 15 minutes");
		assertThat(this.mvc.get().uri("/login?throttled=<b>")).bodyText().contains("try again in 15 minutes");
		assertThat(this.mvc.get().uri("/login?throttled=1")).bodyText().contains("try again in 1 minute.");
	}

	@Test
	void signInGivesTheSessionANewId() {
		String email = newAccount();
		Cookie before = this.mvc.get().uri("/login").exchange().getMvcResult().getResponse().getCookie(SESSION);
		assertThat(before).isNotNull();

		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.cookie(before)
			.param("username", email)
			.param("password", PASSWORD)
			.with(csrf())
			.with(from(uniqueAddress()))
			.exchange();

		assertThat(result).redirectedUrl().isEqualTo("/");
		Cookie after = result.getMvcResult().getResponse().getCookie(SESSION);
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		assertThat(this.sessions.findById(sessionIdOf(before))).as("the session from before sign-in").isNull();
		assertThat(this.mvc.get().uri("/").cookie(after)).hasStatusOk();
	}

	@Test
	void sessionsLiveInTheDatabase() {
		// The cookie's HttpOnly and SameSite flags come from
		// server.servlet.session.cookie.* only with
		// a real server (MockMvc has none): FirstRunJourneyTests checks them in Chromium.
		Cookie session = signIn(newAccount(), PASSWORD, uniqueAddress()).getMvcResult()
			.getResponse()
			.getCookie(SESSION);

		assertThat(this.sessions.findById(sessionIdOf(session))).isNotNull();
		assertThat(this.mvc.get().uri("/").cookie(session)).hasStatusOk();
	}

	@Test
	void signOutInvalidatesTheSessionAndTheRememberMeToken() {
		String email = newAccount();
		MvcTestResult signedIn = rememberedSignIn(email);
		Cookie rememberMe = signedIn.getMvcResult().getResponse().getCookie("remember-me");
		Cookie session = signedIn.getMvcResult().getResponse().getCookie(SESSION);
		assertThat(rememberMe).isNotNull();
		assertThat(this.mvc.get().uri("/").cookie(session)).hasStatusOk();

		MvcTestResult signedOut = this.mvc.post().uri("/logout").cookie(session, rememberMe).with(csrf()).exchange();

		assertThat(signedOut).redirectedUrl().isEqualTo("/login?logout");
		assertThat(this.sessions.findById(sessionIdOf(session))).isNull();
		assertThat(signedOut.getMvcResult().getResponse().getCookie("remember-me").getMaxAge()).isZero();
		assertThat(this.mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/").cookie(rememberMe)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void rememberMeCookieAloneSignsInUntilSignOut() {
		String email = newAccount();
		Cookie rememberMe = rememberedSignIn(email).getMvcResult().getResponse().getCookie("remember-me");

		assertThat(this.mvc.get().uri("/").cookie(rememberMe)).hasStatusOk();
	}

	@Test
	void rememberMeCookieIsSameSiteLax() {
		Cookie rememberMe = rememberedSignIn(newAccount()).getMvcResult().getResponse().getCookie("remember-me");

		assertThat(rememberMe.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(rememberMe.isHttpOnly()).isTrue();
	}

	@Test
	void tabsRestoredWithTheSameCookieAllStaySignedIn() {
		Cookie original = rememberedSignIn(newAccount()).getMvcResult().getResponse().getCookie("remember-me");
		MvcTestResult firstTab = this.mvc.get().uri("/").cookie(original).exchange();
		assertThat(firstTab).hasStatusOk();
		assertThat(firstTab.getMvcResult().getResponse().getCookie("remember-me").getValue())
			.isNotEqualTo(original.getValue());

		MvcTestResult secondTab = this.mvc.get().uri("/").cookie(original).exchange();

		assertThat(secondTab).hasStatusOk();
		assertThat(secondTab.getMvcResult().getResponse().getCookie("remember-me"))
			.as("the first tab's new cookie is left alone")
			.isNull();
	}

	@Test
	void aCookieReplacedLongAgoIsSentToSignInNotToAnError() {
		String email = newAccount();
		Cookie original = rememberedSignIn(email).getMvcResult().getResponse().getCookie("remember-me");
		assertThat(this.mvc.get().uri("/").cookie(original)).hasStatusOk();
		this.jdbc.update("update persistent_logins set last_used = ? where username = ?",
				Timestamp.from(Instant.now().minus(Duration.ofHours(1))), email);

		MvcTestResult replayed = this.mvc.get().uri("/").cookie(original).exchange();

		assertThat(replayed).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(replayed.getMvcResult().getResponse().getCookie("remember-me").getMaxAge()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				email))
			.as("theft revokes every remember-me login of the user")
			.isZero();
	}

	private MvcTestResult rememberedSignIn(String email) {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", PASSWORD)
			.param("remember-me", "on")
			.with(csrf())
			.with(from(uniqueAddress()))
			.exchange();
		assertThat(result).redirectedUrl().isEqualTo("/");
		return result;
	}

	private MvcTestResult signIn(String email, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	private String newAccount() {
		String email = "user-" + UUID.randomUUID() + "@example.com";
		this.accounts.signUp(new SignUp("Test User", email, PASSWORD, "Europe/Lisbon"));
		return email;
	}

	/** Spring Session's cookie holds the session id in base64. */
	private static String sessionIdOf(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

	private static String uniqueAddress() {
		int n = (int) (Math.random() * 250) + 1;
		return "10." + (int) (Math.random() * 250 + 1) + "." + (int) (Math.random() * 250 + 1) + "." + n;
	}

	private static RequestPostProcessor from(String address) {
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
