package dev.rapport.account.web;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.account.AccountService;
import dev.rapport.support.SignedInBrowser;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions page through the real sign-in, session store and filter chain: two
 * browsers of one user see each other, one signs the other out (remember-me included),
 * and nobody else can.
 */
@WebIntegrationTest
class SessionsTests {

	static final String FIREFOX = SignedInBrowser.FIREFOX;

	static final String SAFARI = SignedInBrowser.SAFARI;

	private static final Pattern SIGN_OUT_FORM = Pattern.compile("/settings/sessions/([0-9a-f]{16})/sign-out");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Test
	void listsEveryBrowserAndSignsOneOutWithItsRememberMe() {
		String email = newAccount();
		SignedInBrowser laptop = signIn(email, FIREFOX, "192.0.2.10", false);
		SignedInBrowser phone = signIn(email, SAFARI, "192.0.2.20", true);
		assertThat(phone.get("/")).hasStatusOk();

		MvcTestResult page = laptop.get("/settings/sessions");
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Firefox on Linux", "192.0.2.10", "Safari on iOS", "192.0.2.20", "This browser");
		String phoneHandle = onlyHandleOn(page);

		assertThat(laptop.post("/settings/sessions/" + phoneHandle + "/sign-out"))
			.hasRedirectedUrl("/settings/sessions");

		assertThat(phone.get("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/").cookie(phone.rememberMe())).as("the phone's remember-me login")
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(laptop.get("/settings/sessions")).bodyText().doesNotContain("Safari on iOS");
	}

	@Test
	void signsOutEverywhereElseButKeepsThisBrowser() {
		String email = newAccount();
		SignedInBrowser laptop = signIn(email, FIREFOX, "192.0.2.30", true);
		SignedInBrowser phone = signIn(email, SAFARI, "192.0.2.31", true);
		SignedInBrowser tablet = signIn(email, SAFARI, "192.0.2.32", false);

		assertThat(laptop.post("/settings/sessions/sign-out-others")).hasRedirectedUrl("/settings/sessions");

		assertThat(phone.get("/")).hasStatus3xxRedirection();
		assertThat(tablet.get("/")).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/").cookie(phone.rememberMe())).hasStatus3xxRedirection();
		assertThat(laptop.get("/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/").cookie(laptop.rememberMe())).as("this browser's own remember-me")
			.hasStatusOk();
	}

	@Test
	void anotherUserCannotSignMySessionOut() {
		SignedInBrowser mine = signIn(newAccount(), FIREFOX, "192.0.2.40", false);
		SignedInBrowser theirs = signIn(newAccount(), FIREFOX, "192.0.2.41", false);
		SignedInBrowser myPhone = signIn(mine.email(), SAFARI, "192.0.2.42", false);
		myPhone.get("/");
		String myPhoneHandle = onlyHandleOn(mine.get("/settings/sessions"));

		assertThat(theirs.post("/settings/sessions/" + myPhoneHandle + "/sign-out"))
			.hasRedirectedUrl("/settings/sessions");
		assertThat(theirs.post("/settings/sessions/sign-out-others")).hasRedirectedUrl("/settings/sessions");

		assertThat(myPhone.get("/")).hasStatusOk();
		assertThat(theirs.get("/settings/sessions")).bodyText().doesNotContain("Safari");
	}

	@Test
	void sessionsPageNeedsASignedInUserAndCsrf() {
		assertThat(this.mvc.get().uri("/settings/sessions")).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		SignedInBrowser laptop = signIn(newAccount(), FIREFOX, "192.0.2.50", false);
		assertThat(this.mvc.post().uri("/settings/sessions/sign-out-others").cookie(laptop.session())).hasStatus(403);
	}

	private static String onlyHandleOn(MvcTestResult page) {
		Matcher matcher = SIGN_OUT_FORM.matcher(SignedInBrowser.body(page));
		assertThat(matcher.find()).as("a sign-out button for another session").isTrue();
		String handle = matcher.group(1);
		assertThat(matcher.find()).as("only one other session").isFalse();
		return handle;
	}

	private String newAccount() {
		return TestUsers.signUp(this.accounts, "Sessions-" + UUID.randomUUID().toString().substring(0, 8)).email();
	}

	private SignedInBrowser signIn(String email, String userAgent, String address, boolean remember) {
		return SignedInBrowser.signIn(this.mvc, email, TestUsers.PASSWORD, userAgent, address, remember);
	}

}
