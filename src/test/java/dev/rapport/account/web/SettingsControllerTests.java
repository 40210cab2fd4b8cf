package dev.rapport.account.web;

import dev.rapport.account.AccessTokenScope;
import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.CreatedAccessToken;
import dev.rapport.account.NewAccessToken;
import dev.rapport.account.SignUp;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebIntegrationTest
class SettingsControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessTokenService tokens;

	@Test
	void createsATokenShownOnceThenListsItWithoutTheSecret() {
		AccountPrincipal owner = signUp();

		MvcTestResult created = this.mvc.post()
			.uri("/settings/tokens")
			.with(user(owner))
			.with(csrf())
			.param("name", "backup script")
			.exchange();

		assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/settings");
		CreatedAccessToken token = (CreatedAccessToken) created.getMvcResult().getFlashMap().get("createdToken");
		assertThat(token.name()).isEqualTo("backup script");
		assertThat(this.tokens.authenticate(token.token())).contains(owner);

		// The flash attribute waits in the (database) session for the page the redirect
		// lands on.
		MvcTestResult shownOnce = this.mvc.get()
			.uri("/settings")
			.with(user(owner))
			.cookie(created.getMvcResult().getResponse().getCookie("SESSION"))
			.exchange();
		assertThat(shownOnce).hasStatusOk().bodyText().contains(token.token(), "backup script");

		MvcTestResult later = this.mvc.get().uri("/settings").with(user(owner)).exchange();
		assertThat(later).hasStatusOk()
			.bodyText()
			.contains("backup script", token.token().substring(0, 10), "2026-11-18 11:00")
			.doesNotContain(token.token());
	}

	@Test
	void createsAReadOnlyTokenWithAnExpiryAndListsBoth() {
		AccountPrincipal owner = signUp();
		assertThat(this.mvc.get().uri("/settings").with(user(owner)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Read only", "Read and write", "in 30 days", "in 365 days");

		MvcTestResult created = this.mvc.post()
			.uri("/settings/tokens")
			.with(user(owner))
			.with(csrf())
			.param("name", "dashboard")
			.param("scope", "READ")
			.param("expiresInDays", "30")
			.exchange();

		assertThat(created).hasStatus3xxRedirection();
		assertThat(this.tokens.list(owner.id())).singleElement().satisfies(view -> {
			assertThat(view.scope()).isEqualTo(AccessTokenScope.READ);
			assertThat(view.expiresAt()).isEqualTo("2026-12-18T10:00:00Z");
		});
		// dates in the user's zone (Europe/Berlin)
		assertThat(this.mvc.get().uri("/settings").with(user(owner)).exchange()).hasStatusOk()
			.bodyText()
			.contains("dashboard", "Read only", "2026-12-18 11:00");
	}

	@Test
	void createsATokenThatNeverExpiresWhenNeverIsChosen() {
		AccountPrincipal owner = signUp();
		this.mvc.post()
			.uri("/settings/tokens")
			.with(user(owner))
			.with(csrf())
			.param("name", "forever")
			.param("scope", "READ_WRITE")
			.param("expiresInDays", "")
			.exchange();

		assertThat(this.tokens.list(owner.id())).singleElement().satisfies(view -> {
			assertThat(view.scope()).isEqualTo(AccessTokenScope.READ_WRITE);
			assertThat(view.expiresAt()).isNull();
		});
	}

	@Test
	void rejectsAnUnknownScopeAndAnExpiryOutOfRangeWithFieldMessages() {
		AccountPrincipal owner = signUp();

		MvcTestResult badScope = post(owner, "ADMIN", "30");
		assertThat(badScope).hasStatusOk().hasViewName("account/settings");
		assertThat(badScope).model().extractingBindingResult("newAccessToken").hasFieldErrors("scope");
		assertThat(badScope).bodyText().contains("invalid-feedback");

		MvcTestResult badExpiry = post(owner, "READ", "0");
		assertThat(badExpiry).hasStatusOk().hasViewName("account/settings");
		assertThat(badExpiry).model().extractingBindingResult("newAccessToken").hasFieldErrors("expiresInDays");
		assertThat(badExpiry).bodyText().contains("invalid-feedback");

		assertThat(this.tokens.list(owner.id())).isEmpty();
	}

	private MvcTestResult post(AccountPrincipal owner, String scope, String expiresInDays) {
		return this.mvc.post()
			.uri("/settings/tokens")
			.with(user(owner))
			.with(csrf())
			.param("name", "x")
			.param("scope", scope)
			.param("expiresInDays", expiresInDays)
			.exchange();
	}

	@Test
	void rejectsANamelessToken() {
		AccountPrincipal owner = signUp();

		MvcTestResult result = this.mvc.post()
			.uri("/settings/tokens")
			.with(user(owner))
			.with(csrf())
			.param("name", " ")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("account/settings");
		assertThat(result).model().extractingBindingResult("newAccessToken").hasFieldErrors("name");
		assertThat(this.tokens.list(owner.id())).isEmpty();
	}

	@Test
	void revokesOnlyTheOwnersTokens() {
		AccountPrincipal owner = signUp();
		AccountPrincipal stranger = signUp();
		CreatedAccessToken token = this.tokens.create(owner.id(), new NewAccessToken("laptop"));

		assertThat(this.mvc.post()
			.uri("/settings/tokens/{id}/revoke", token.id())
			.with(user(stranger))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(this.tokens.authenticate(token.token())).isPresent();

		assertThat(this.mvc.post()
			.uri("/settings/tokens/{id}/revoke", token.id())
			.with(user(owner))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(this.tokens.authenticate(token.token())).isEmpty();
		assertThat(this.tokens.list(owner.id())).isEmpty();
	}

	@Test
	void needsASignedInUserAndACsrfToken() {
		assertThat(this.mvc.get().uri("/settings").exchange()).hasStatus3xxRedirection();
		AccountPrincipal owner = signUp();
		assertThat(this.mvc.post().uri("/settings/tokens").with(user(owner)).param("name", "x").exchange())
			.hasStatus(403);
		assertThat(this.tokens.list(owner.id())).isEmpty();
	}

	private AccountPrincipal signUp() {
		return this.accounts.signUp(new SignUp("Settings User", "settings-" + System.nanoTime() + "@example.com",
				TestUsers.PASSWORD, "Europe/Berlin"));
	}

}
