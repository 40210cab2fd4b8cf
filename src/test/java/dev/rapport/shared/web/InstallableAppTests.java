package dev.rapport.shared.web;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a phone needs to add Rapport to its home screen: a manifest that opens on logging,
 * icons and a service worker, all reachable before signing in (the browser fetches them
 * without the session), and every page pointing at them.
 */
@WebIntegrationTest
class InstallableAppTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Test
	void manifestOpensOnLoggingAndNamesItsIcons() {
		assertThat(this.mvc.get().uri("/manifest.webmanifest")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.start_url")
			.asString()
			.startsWith("/interactions/new");
		assertThat(this.mvc.get().uri("/manifest.webmanifest")).bodyJson()
			.extractingPath("$.icons[*].sizes")
			.asArray()
			.contains("192x192", "512x512");
		for (String icon : new String[] { "/icons/icon-192.png", "/icons/icon-512.png",
				"/icons/icon-maskable-512.png" }) {
			assertThat(this.mvc.get().uri(icon)).hasStatusOk().hasContentType("image/png");
		}
	}

	@Test
	void serviceWorkerAndOfflinePageNeedNoSignIn() {
		assertThat(this.mvc.get().uri("/sw.js")).hasStatusOk().bodyText().contains("addEventListener('fetch'");
		assertThat(this.mvc.get().uri("/offline.html")).hasStatusOk().bodyText().contains("You are offline");
	}

	@Test
	void everyPageLinksTheManifestAndOffersTheShortcutsAndTheLogButton() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Phone");
		assertThat(this.mvc.get().uri("/contacts").with(as(owner))).hasStatusOk()
			.bodyText()
			.contains("rel=\"manifest\" href=\"/manifest.webmanifest\"", "class=\"skip-link\" href=\"#main\"",
					"id=\"shortcuts\"", "class=\"log-fab\" href=\"/interactions/new?returnTo=/contacts\"");
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.bodyText()
			.contains("rel=\"manifest\"")
			.doesNotContain("class=\"log-fab\"");
	}

}
