package dev.rapport.account.passkey;

import java.time.Instant;
import java.util.UUID;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.EmailChange;
import dev.rapport.support.SignedInBrowser;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Settings → Passkeys through the real sign-in and filter chain: each user sees and
 * deletes only their own passkeys (another user's answers 404 and stays), names are shown
 * as text, and Spring's own delete endpoint is closed so the settings page is the one way
 * to delete.
 */
@WebIntegrationTest
class PasskeySettingsTests {

	static final Instant ADDED = Instant.parse("2026-11-01T09:30:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	PublicKeyCredentialUserEntityRepository users;

	@Autowired
	UserCredentialRepository credentials;

	@Test
	void listsOnlyTheUsersOwnPasskeysWithNameAndDates() {
		AccountPrincipal me = newAccount();
		AccountPrincipal other = newAccount();
		StoredPasskeys.store(this.users, this.credentials, me.email(), "Work laptop <b>", ADDED);
		StoredPasskeys.store(this.users, this.credentials, other.email(), "Someone else's phone", ADDED);

		SignedInBrowser browser = signIn(me);
		assertThat(browser.get("/settings/passkeys")).hasStatusOk()
			.bodyText()
			.contains("Work laptop &lt;b&gt;", "2026-11-01 09:30", "Not yet")
			.doesNotContain("Work laptop <b>", "Someone else");
		assertThat(signIn(newAccount()).get("/settings/passkeys")).hasStatusOk()
			.bodyText()
			.contains("You have no passkeys yet.");
	}

	@Test
	void deletesOwnPasskeyButAnotherUsersAnswers404AndStays() {
		AccountPrincipal me = newAccount();
		AccountPrincipal other = newAccount();
		String mine = StoredPasskeys.store(this.users, this.credentials, me.email(), "Mine", ADDED);
		String theirs = StoredPasskeys.store(this.users, this.credentials, other.email(), "Theirs", ADDED);
		SignedInBrowser browser = signIn(me);

		assertThat(browser.post("/settings/passkeys/delete", "id", theirs)).hasStatus(404);
		assertThat(browser.post("/settings/passkeys/delete", "id", "no-such-passkey")).hasStatus(404);
		assertThat(this.credentials.findByCredentialId(Bytes.fromBase64(theirs))).isNotNull();

		assertThat(browser.post("/settings/passkeys/delete", "id", mine)).hasRedirectedUrl("/settings/passkeys");
		assertThat(this.credentials.findByCredentialId(Bytes.fromBase64(mine))).isNull();
		assertThat(browser.get("/settings/passkeys")).bodyText()
			.contains("The passkey is deleted.")
			.doesNotContain(">Mine<");
	}

	@Test
	void deletingNeedsTheCsrfTokenAndSpringsOwnDeleteEndpointIsClosed() {
		AccountPrincipal me = newAccount();
		String mine = StoredPasskeys.store(this.users, this.credentials, me.email(), "Mine", ADDED);
		SignedInBrowser browser = signIn(me);

		assertThat(this.mvc.post().uri("/settings/passkeys/delete").param("id", mine).cookie(browser.session()))
			.hasStatus(403);
		assertThat(this.mvc.delete().uri("/webauthn/register/" + mine).with(csrf()).cookie(browser.session()))
			.hasStatus(403);
		assertThat(this.credentials.findByCredentialId(Bytes.fromBase64(mine))).isNotNull();
	}

	@Test
	void passkeysFollowAnEmailChangeBecauseTheyBelongToTheAccountNotTheAddress() {
		AccountPrincipal me = newAccount();
		StoredPasskeys.store(this.users, this.credentials, me.email(), "Mine", ADDED);
		var before = this.users.findByUsername(me.email());

		String newEmail = "moved-" + UUID.randomUUID() + "@example.com";
		this.accounts.changeEmail(me.id(), new EmailChange(newEmail, TestUsers.PASSWORD));

		assertThat(this.users.findByUsername(me.email())).isNull();
		var after = this.users.findByUsername(newEmail);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(this.users.findById(before.getId()).getName()).as("the name a passkey sign-in loads the account by")
			.isEqualTo(newEmail);
	}

	@Test
	void signingInWithAPasskeyNeedsChallengeOptionsFirst() {
		assertThat(this.mvc.post().uri("/webauthn/authenticate/options").with(csrf())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.userVerification")
			.isEqualTo("required");
		assertThat(this.mvc.post()
			.uri("/login/webauthn")
			.with(csrf())
			.contentType("application/json")
			.content("{\"id\":\"x\",\"rawId\":\"eA\",\"type\":\"public-key\",\"response\":{}}")).hasStatus(401);
	}

	/**
	 * Spring stores whatever name it is given; a passkey needs one of 1 to 64 characters,
	 * and a registration the relying party refuses is a 400 the page's script can report,
	 * not a 500.
	 */
	@Test
	void registrationNeedsANameAndARealCredential() {
		SignedInBrowser browser = signIn(newAccount());
		assertThat(this.mvc.post().uri("/webauthn/register/options").with(csrf()).cookie(browser.session()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.authenticatorSelection.userVerification")
			.isEqualTo("required");
		for (String label : new String[] { "\"\"", "\"   \"", "null", "\"" + "x".repeat(65) + "\"" }) {
			assertThat(register(browser, "{\"publicKey\":{\"label\":" + label + ",\"credential\":{}}}"))
				.as("label " + label)
				.hasStatus(400)
				.bodyText()
				.isEqualTo("{\"success\":false}");
		}
		assertThat(register(browser, "not json")).hasStatus(400);
		String forged = """
				{"publicKey":{"label":"Forged","credential":{"id":"AAAA","rawId":"AAAA","type":"public-key",
				"response":{"attestationObject":"AAAA","clientDataJSON":"AAAA","transports":[]},
				"clientExtensionResults":{}}}}""";
		assertThat(register(browser, forged)).as("a made-up attestation").hasStatus(400);
		assertThat(browser.get("/settings/passkeys")).bodyText().contains("You have no passkeys yet.");
	}

	private MvcTestResult register(SignedInBrowser browser, String body) {
		return this.mvc.post()
			.uri("/webauthn/register")
			.with(csrf())
			.cookie(browser.session())
			.contentType("application/json")
			.content(body)
			.exchange();
	}

	private AccountPrincipal newAccount() {
		return TestUsers.signUp(this.accounts, "Passkey " + UUID.randomUUID().toString().substring(0, 8));
	}

	private SignedInBrowser signIn(AccountPrincipal user) {
		return SignedInBrowser.signIn(this.mvc, user.email(), TestUsers.PASSWORD, SignedInBrowser.FIREFOX,
				"198.51.100.7", false);
	}

}
