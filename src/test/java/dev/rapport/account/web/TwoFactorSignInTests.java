package dev.rapport.account.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.twofactor.Base32;
import dev.rapport.account.twofactor.Totp;
import dev.rapport.account.twofactor.TwoFactorService;
import dev.rapport.support.SignedInBrowser;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Two-factor sign-in through the real chain, with codes computed here from the secret the
 * settings page shows (the test profile's clock is fixed, so each test uses the next
 * steps' codes).
 */
@WebIntegrationTest
class TwoFactorSignInTests {

	private static final Pattern SECRET = Pattern.compile("id=\"secret\"><span>(.*?)</code>", Pattern.DOTALL);

	private static final Pattern RECOVERY_CODE = Pattern.compile(">([a-z0-9]{5}-[a-z0-9]{5})<");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TwoFactorService twoFactor;

	@Autowired
	Clock clock;

	@Test
	void settingUpShowsAQrCodeAndTheKeyAndNeedsARightCode() {
		AccountPrincipal user = newAccount();
		SignedInBrowser browser = signIn(user, "10.16.0.1");

		MvcTestResult page = browser.get("/settings/two-factor");
		assertThat(page).hasStatusOk().bodyText().contains("Two-factor sign-in is off", "/settings/two-factor/qr.svg");
		MvcTestResult qr = browser.get("/settings/two-factor/qr.svg");
		assertThat(qr).hasStatusOk().hasContentTypeCompatibleWith(MediaType.valueOf("image/svg+xml"));
		assertThat(qr).bodyText().startsWith("<svg").contains("<path");
		assertThat(qr).headers().hasValue("Cache-Control", "no-store");

		assertThat(browser.post("/settings/two-factor/enable", "code", "123456")).hasStatusOk()
			.bodyText()
			.contains("That code is not right");
		assertThat(this.twoFactor.isEnabled(user.id())).isFalse();

		Enabled enabled = enable(browser);
		assertThat(this.twoFactor.isEnabled(user.id())).isTrue();
		assertThat(enabled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
		assertThat(browser.get("/settings/two-factor")).bodyText()
			.contains("You have 10 unused recovery codes")
			.doesNotContain(enabled.recoveryCodes().get(0));
	}

	@Test
	void aRightPasswordAloneDoesNotSignInAndTheCodeDoes() {
		AccountPrincipal user = newAccount();
		Enabled enabled = enable(signIn(user, "10.16.0.2"));

		MvcTestResult password = passwordStep(user, true, "10.16.0.3");
		assertThat(password).hasRedirectedUrl("/login/code");
		assertThat(password.getResponse().getCookie("remember-me")).as("no remember-me before the code").isNull();
		Cookie session = password.getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/login/code").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("authenticator app");

		assertThat(codeStep(session, "000000", "10.16.0.3")).hasStatusOk()
			.bodyText()
			.contains("That code is not right");
		MvcTestResult signedIn = codeStep(session, Totp.code(enabled.secret(), enabled.step() + 1), "10.16.0.3");

		assertThat(signedIn).as("back to the page asked for while the code was owed")
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/?continue");
		Cookie after = signedIn.getResponse().getCookie("SESSION");
		assertThat(after.getValue()).as("a new session id once signed in").isNotEqualTo(session.getValue());
		assertThat(this.mvc.get().uri("/").cookie(after)).hasStatusOk();
		Cookie rememberMe = signedIn.getResponse().getCookie("remember-me");
		assertThat(rememberMe).as("remember-me once the code was right").isNotNull();
		assertThat(this.mvc.get().uri("/").cookie(rememberMe)).hasStatusOk();
	}

	@Test
	void aCodeWorksOnceAndARecoveryCodeWorksOnce() {
		AccountPrincipal user = newAccount();
		Enabled enabled = enable(signIn(user, "10.16.0.4"));
		String next = Totp.code(enabled.secret(), enabled.step() + 1);

		assertThat(codeStep(passwordCookie(user, "10.16.0.5"), next, "10.16.0.5")).hasRedirectedUrl("/");
		assertThat(codeStep(passwordCookie(user, "10.16.0.5"), next, "10.16.0.5")).as("the same code again")
			.hasStatusOk()
			.bodyText()
			.contains("That code is not right");

		String recovery = enabled.recoveryCodes().get(3);
		assertThat(codeStep(passwordCookie(user, "10.16.0.6"), recovery.toUpperCase(), "10.16.0.6"))
			.hasRedirectedUrl("/");
		assertThat(codeStep(passwordCookie(user, "10.16.0.7"), recovery, "10.16.0.7")).hasStatusOk()
			.bodyText()
			.contains("That code is not right");
		assertThat(this.twoFactor.unusedRecoveryCodes(user.id())).isEqualTo(9);
	}

	@Test
	void wrongCodesAreThrottledLikeWrongPasswords() {
		AccountPrincipal user = newAccount();
		Enabled enabled = enable(signIn(user, "10.16.0.8"));
		Cookie session = passwordCookie(user, "10.16.0.9");
		for (int i = 0; i < 4; i++) {
			assertThat(codeStep(session, "00000" + i, "10.16.0.9")).hasStatusOk();
		}
		assertThat(codeStep(session, "000009", "10.16.0.9")).hasRedirectedUrl("/login?throttled=15");

		assertThat(passwordStepFrom(user, "10.16.0.9")).as("the password is refused too from that address").isNull();
		assertThat(passwordStepFrom(user, "10.16.0.10")).as("the owner elsewhere is not locked out").isNotNull();
		assertThat(this.twoFactor.verify(user.id(), Totp.code(enabled.secret(), enabled.step() + 1)))
			.as("the right code was never tried")
			.isTrue();
	}

	@Test
	void aRightPasswordDoesNotResetTheCountOfWrongCodes() {
		AccountPrincipal user = newAccount();
		enable(signIn(user, "10.16.0.14"));
		for (int round = 0; round < 2; round++) {
			Cookie session = passwordCookie(user, "10.16.0.15");
			for (int i = 0; i < 2; i++) {
				assertThat(codeStep(session, "00000" + i, "10.16.0.15")).hasStatusOk()
					.bodyText()
					.contains("That code is not right");
			}
		}
		assertThat(codeStep(passwordCookie(user, "10.16.0.15"), "000007", "10.16.0.15"))
			.as("the fifth wrong code, even with the password given again in between")
			.hasRedirectedUrl("/login?throttled=15");
		assertThat(passwordStepFrom(user, "10.16.0.15")).isNull();
	}

	@Test
	void wrongCodesOnTokenCreationAreThrottled() {
		AccountPrincipal user = newAccount();
		Enabled enabled = enable(signIn(user, "10.16.0.16"));
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((user.email() + ":" + TestUsers.PASSWORD).getBytes());
		for (int i = 0; i < 5; i++) {
			assertThat(tokenRequest(basic, "00000" + i, "10.16.0.17")).hasStatus(401);
		}
		MvcTestResult throttled = tokenRequest(basic, Totp.code(enabled.secret(), enabled.step() + 1), "10.16.0.17");
		assertThat(throttled).hasStatus(429).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(throttled).headers().containsHeader("Retry-After");
		assertThat(tokenRequest(basic, Totp.code(enabled.secret(), enabled.step() + 1), "10.16.0.18"))
			.as("another address is not held back")
			.hasStatus(201);
	}

	private MvcTestResult tokenRequest(String basic, String code, String address) {
		return this.mvc.post().uri("/api/v1/tokens").with(r -> {
			r.setRemoteAddr(address);
			return r;
		})
			.header("Authorization", basic)
			.header("X-Rapport-OTP", code)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"script\"}")
			.exchange();
	}

	@Test
	void creatingAnApiTokenNeedsACodeToo() {
		AccountPrincipal user = newAccount();
		Enabled enabled = enable(signIn(user, "10.16.0.11"));
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((user.email() + ":" + TestUsers.PASSWORD).getBytes());

		MvcTestResult refused = this.mvc.post()
			.uri("/api/v1/tokens")
			.header("Authorization", basic)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"script\"}")
			.exchange();
		assertThat(refused).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("X-Rapport-OTP");

		assertThat(this.mvc.post()
			.uri("/api/v1/tokens")
			.header("Authorization", basic)
			.header("X-Rapport-OTP", "111111")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"script\"}")).hasStatus(401);

		assertThat(this.mvc.post()
			.uri("/api/v1/tokens")
			.header("Authorization", basic)
			.header("X-Rapport-OTP", Totp.code(enabled.secret(), enabled.step() + 1))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"script\"}")).hasStatus(201);
	}

	@Test
	void turningOffNeedsPasswordAndCode() {
		AccountPrincipal user = newAccount();
		SignedInBrowser browser = signIn(user, "10.16.0.12");
		Enabled enabled = enable(browser);

		assertThat(browser.post("/settings/two-factor/disable", "password", TestUsers.PASSWORD, "code", "000000"))
			.hasStatusOk()
			.bodyText()
			.contains("That password or code is not right.");
		assertThat(browser.post("/settings/two-factor/disable", "password", "wrong password", "code",
				Totp.code(enabled.secret(), enabled.step() + 1)))
			.hasStatusOk();
		assertThat(this.twoFactor.isEnabled(user.id())).isTrue();

		assertThat(browser.post("/settings/two-factor/disable", "password", TestUsers.PASSWORD, "code",
				enabled.recoveryCodes().get(0)))
			.hasRedirectedUrl("/settings/two-factor");
		assertThat(this.twoFactor.isEnabled(user.id())).isFalse();
		assertThat(this.twoFactor.unusedRecoveryCodes(user.id())).isZero();
		assertThat(passwordStep(user, false, "10.16.0.13")).hasRedirectedUrl("/");
	}

	/** Two-factor sign-in turned on through the settings page, as a user does. */
	private Enabled enable(SignedInBrowser browser) {
		Matcher secretMatch = SECRET.matcher(SignedInBrowser.body(browser.get("/settings/two-factor")));
		assertThat(secretMatch.find()).isTrue();
		byte[] secret = Base32.decode(secretMatch.group(1).replaceAll("<[^>]*>", "").strip());
		long step = Totp.stepOf(this.clock.instant());
		MvcTestResult enabled = browser.post("/settings/two-factor/enable", "code", Totp.code(secret, step));
		assertThat(enabled).hasRedirectedUrl("/settings/two-factor");
		Cookie session = enabled.getResponse().getCookie("SESSION");
		MvcTestResult shown = this.mvc.get()
			.uri("/settings/two-factor")
			.cookie(session == null ? browser.session() : session)
			.exchange();
		List<String> codes = new ArrayList<>();
		Matcher codeMatch = RECOVERY_CODE.matcher(SignedInBrowser.body(shown));
		while (codeMatch.find()) {
			codes.add(codeMatch.group(1));
		}
		return new Enabled(secret, step, codes);
	}

	private MvcTestResult passwordStep(AccountPrincipal user, boolean remember, String address) {
		var request = this.mvc.post().uri("/login").with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("username", user.email()).param("password", TestUsers.PASSWORD);
		return (remember ? request.param("remember-me", "on") : request).exchange();
	}

	private Cookie passwordCookie(AccountPrincipal user, String address) {
		Cookie session = passwordStepFrom(user, address);
		assertThat(session).isNotNull();
		return session;
	}

	/**
	 * The session owing a code after the password, or null when the password step was
	 * refused.
	 */
	private Cookie passwordStepFrom(AccountPrincipal user, String address) {
		MvcTestResult result = passwordStep(user, false, address);
		return "/login/code".equals(result.getResponse().getRedirectedUrl()) ? result.getResponse().getCookie("SESSION")
				: null;
	}

	private MvcTestResult codeStep(Cookie session, String code, String address) {
		return this.mvc.post().uri("/login/code").cookie(session).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("code", code).exchange();
	}

	private AccountPrincipal newAccount() {
		return TestUsers.signUp(this.accounts, "Totp-" + UUID.randomUUID().toString().substring(0, 8));
	}

	private SignedInBrowser signIn(AccountPrincipal user, String address) {
		return SignedInBrowser.signIn(this.mvc, user.email(), TestUsers.PASSWORD, SignedInBrowser.FIREFOX, address,
				false);
	}

	record Enabled(byte[] secret, long step, List<String> recoveryCodes) {
	}

}
