package dev.rapport.account.sso;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.twofactor.Base32;
import dev.rapport.account.twofactor.Totp;
import dev.rapport.account.twofactor.TwoFactorService;
import dev.rapport.support.TestUsers;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Single sign-on against a real OpenID Connect provider (mock-oauth2-server, in this JVM,
 * over HTTP): discovery, the authorization code flow, the token exchange and the signed
 * ID token are all real. This installation has sign-up closed (after its first-run owner)
 * and password sign-in off.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:rapport-sso;DB_CLOSE_DELAY=-1",
		"rapport.registration.open=false", "rapport.sign-in.password=false",
		"spring.security.oauth2.client.registration.company.client-id=rapport",
		"spring.security.oauth2.client.registration.company.client-secret=rapport-secret",
		"spring.security.oauth2.client.registration.company.client-name=Company SSO",
		"spring.security.oauth2.client.registration.company.scope=openid,email,profile" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SingleSignOnTests {

	static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

	static final String ISSUER = "company";

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		PROVIDER.start();
		registry.add("spring.security.oauth2.client.provider.company.issuer-uri",
				() -> PROVIDER.issuerUrl(ISSUER).toString());
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.shutdown();
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoFactorService twoFactor;

	@Autowired
	Clock clock;

	@Autowired
	PasswordEncoder passwords;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/**
	 * One story in steps, since each step needs the installation the previous one left
	 * (no account yet, then the owner signed up through the provider).
	 */
	@Test
	void aFreshInstallationWithSingleSignOn() throws Exception {
		theFirstSignInOnAFreshInstallationCreatesTheOwner();
		aVerifiedEmailSignsInTheAccountWithThatEmail();
		anAccountWithTwoFactorSignInStillAsksForItsCode();
		anAccountWithoutAKnownPasswordSetsOneAfterAFreshProviderSignIn();
		anUnverifiedEmailIsRefused();
		anUnknownEmailIsRefusedWhileSignUpIsClosed();
		withPasswordSignInOffNoPasswordIsAccepted();
		withPasswordSignInOffPasskeysStillSignIn();
	}

	private void theFirstSignInOnAFreshInstallationCreatesTheOwner() throws Exception {
		assertThat(this.accounts.hasAnyAccount()).isFalse();
		assertThat(this.mvc.get().uri("/login")).as("no sign-up redirect: the provider can create the owner")
			.hasStatusOk()
			.bodyText()
			.contains("Sign in with Company SSO", "/oauth2/authorization/company")
			.doesNotContain("name=\"password\"");

		MvcTestResult signedIn = signInAtProvider("owner@example.org", true, "Olga Owner");
		assertThat(signedIn).hasRedirectedUrl("/");
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/settings/profile").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("owner@example.org", "value=\"Olga Owner\"", "value=\"UTC\"");
		assertThat(this.accounts.isInstanceOwner(this.accounts.loadUserByUsername("owner@example.org").id())).isTrue();
	}

	private void aVerifiedEmailSignsInTheAccountWithThatEmail() throws Exception {
		AccountPrincipal ana = existingAccount("Ana");
		MvcTestResult signedIn = signInAtProvider(ana.email().toUpperCase(), true, "Someone Else");
		assertThat(signedIn).hasRedirectedUrl("/");
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/settings/profile").cookie(session)).hasStatusOk()
			.bodyText()
			.contains(ana.email(), "value=\"Ana\"");
		assertThat(this.mvc.get().uri("/settings/sessions").cookie(session)).as("listed like any sign-in")
			.hasStatusOk();
	}

	private void anAccountWithTwoFactorSignInStillAsksForItsCode() throws Exception {
		AccountPrincipal dora = existingAccount("Dora");
		String secret = this.twoFactor.newSecret();
		long step = Totp.stepOf(this.clock.instant());
		this.twoFactor.enable(dora.id(), secret, Totp.code(Base32.decode(secret), step));

		MvcTestResult provider = signInAtProvider(dora.email(), true, "Dora");
		assertThat(provider).hasRedirectedUrl("/login/code");
		Cookie pending = provider.getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/").cookie(pending)).as("not signed in before the code")
			.hasStatus3xxRedirection();
		MvcTestResult code = this.mvc.post()
			.uri("/login/code")
			.cookie(pending)
			.with(csrf())
			.param("code", Totp.code(Base32.decode(secret), step + 1))
			.exchange();
		assertThat(code).as("back to the page asked for meanwhile").hasRedirectedUrl("http://localhost/?continue");
		assertThat(this.mvc.get().uri("/").cookie(code.getResponse().getCookie("SESSION"))).hasStatusOk();
	}

	/**
	 * An account made through the provider has a password nobody knows. Signing in at the
	 * provider moments ago stands in for it once: a password is set, and with it the
	 * email can be changed.
	 */
	private void anAccountWithoutAKnownPasswordSetsOneAfterAFreshProviderSignIn() throws Exception {
		AccountPrincipal eve = existingAccount("Eve");
		this.jdbc.update("update app_user set password_hash = ? where id = ?",
				this.passwords.encode(UUID.randomUUID().toString()), eve.id());
		Cookie session = signInAtProvider(eve.email(), true, "Eve").getResponse().getCookie("SESSION");

		assertThat(this.mvc.get().uri("/settings/password").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("the current password is not needed")
			.doesNotContain("name=\"currentPassword\"", "Sign in again with");
		String chosen = "eve chose this passphrase";
		assertThat(this.mvc.post()
			.uri("/settings/password")
			.cookie(session)
			.with(csrf())
			.param("currentPassword", "")
			.param("newPassword", chosen)).hasRedirectedUrl("/settings/password");
		assertThat(this.passwords.matches(chosen,
				this.jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, eve.id())))
			.isTrue();

		assertThat(this.mvc.post()
			.uri("/settings/password")
			.cookie(session)
			.with(csrf())
			.param("currentPassword", "")
			.param("newPassword", "and another passphrase")).as("once: then the current password is asked again")
			.hasStatusOk()
			.bodyText()
			.contains("name=\"currentPassword\"", "Sign in again with Company SSO");
		assertThat(this.mvc.get().uri("/settings/password/confirm-with/company").cookie(session))
			.hasRedirectedUrl("/oauth2/authorization/company");

		String moved = "eve-moved-" + UUID.randomUUID() + "@example.com";
		assertThat(this.mvc.post()
			.uri("/settings/profile/email")
			.cookie(session)
			.with(csrf())
			.param("newEmail", moved)
			.param("currentPassword", chosen)).hasRedirectedUrl("/settings/profile");
		assertThat(this.accounts.loadUserByUsername(moved).id()).isEqualTo(eve.id());
	}

	private void anUnverifiedEmailIsRefused() throws Exception {
		AccountPrincipal ben = existingAccount("Ben");
		MvcTestResult refused = signInAtProvider(ben.email(), false, "Ben");
		assertThat(refused).hasRedirectedUrl("/login?sso=email_not_verified");
		assertThat(this.mvc.get().uri("/login?sso=email_not_verified")).bodyText()
			.contains("did not confirm that it verified your email address");
	}

	private void anUnknownEmailIsRefusedWhileSignUpIsClosed() throws Exception {
		String stranger = "stranger-" + UUID.randomUUID() + "@example.org";
		assertThat(signInAtProvider(stranger, true, "Stranger")).hasRedirectedUrl("/login?sso=registration_closed");
		assertThat(this.mvc.get().uri("/login?sso=registration_closed")).bodyText()
			.contains("There is no Rapport account with your email address");
		assertThat(catchThrowable(() -> this.accounts.loadUserByUsername(stranger))).as("no account was made")
			.isInstanceOf(UsernameNotFoundException.class);
	}

	private void withPasswordSignInOffNoPasswordIsAccepted() {
		AccountPrincipal cleo = existingAccount("Cleo");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", cleo.email())
			.param("password", TestUsers.PASSWORD)).hasRedirectedUrl("/login?password-off");
		assertThat(this.mvc.get().uri("/signup")).hasRedirectedUrl("/login?password-off");
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((cleo.email() + ":" + TestUsers.PASSWORD).getBytes());
		MvcTestResult token = this.mvc.post()
			.uri("/api/v1/tokens")
			.header("Authorization", basic)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"script\"}")
			.exchange();
		assertThat(token).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(token).bodyJson().extractingPath("$.detail").asString().contains("Password sign-in is turned off");
	}

	/**
	 * Passkeys are not passwords: with password sign-in off they are still offered and
	 * accepted.
	 */
	private void withPasswordSignInOffPasskeysStillSignIn() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.bodyText()
			.contains("Sign in with a passkey", "/login/webauthn")
			.doesNotContain("name=\"password\"");
		assertThat(this.mvc.post().uri("/webauthn/authenticate/options").with(csrf())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.challenge")
			.isNotNull();
		assertThat(this.mvc.post()
			.uri("/login/webauthn")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).as("checked as a passkey (and refused: no ceremony), not turned away as a password")
			.hasStatus(401);
	}

	/**
	 * The browser's round trip: Rapport sends it to the provider, the provider (told by
	 * the test whom to vouch for) sends it back with a code, Rapport exchanges the code
	 * for tokens.
	 */
	private MvcTestResult signInAtProvider(String email, boolean verified, String name)
			throws IOException, InterruptedException {
		MvcTestResult start = this.mvc.get().uri("/oauth2/authorization/company").exchange();
		String authorize = start.getResponse().getRedirectedUrl();
		assertThat(authorize).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER).toString());
		Cookie session = start.getResponse().getCookie("SESSION");

		PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + UUID.randomUUID(), "JWT",
				List.of("rapport"), Map.of("email", email, "email_verified", verified, "name", name), 3600));
		HttpResponse<Void> back = this.http.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(back.statusCode()).isEqualTo(302);
		URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
		assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/company");
		return this.mvc.get()
			.uri(URI.create("http://localhost" + callback.getPath() + "?" + callback.getRawQuery()))
			.cookie(session)
			.exchange();
	}

	/**
	 * An account that exists already (sign-up is closed here, so it is written straight
	 * to the table).
	 */
	private AccountPrincipal existingAccount(String name) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
		this.jdbc.update(
				"insert into app_user (email, display_name, password_hash, time_zone, created_at, version) "
						+ "values (?, ?, ?, 'Europe/Lisbon', current_timestamp, 0)",
				email, name, this.passwords.encode(TestUsers.PASSWORD));
		return this.accounts.loadUserByUsername(email);
	}

}
