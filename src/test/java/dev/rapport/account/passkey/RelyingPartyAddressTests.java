package dev.rapport.account.passkey;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relying party id and origins passkeys are checked against, from
 * {@code rapport.base-url}.
 */
class RelyingPartyAddressTests {

	@Test
	void behindAProxyTheHostIsTheIdAndTheOriginHasNoPathNorDefaultPort() {
		assertThat(RelyingPartyAddress.of(URI.create("https://Rapport.Example.org/rapport"), 8080))
			.isEqualTo(new RelyingPartyAddress("rapport.example.org", Set.of("https://rapport.example.org")));
		assertThat(RelyingPartyAddress.of(URI.create("https://example.org:443/"), 8080).origins())
			.containsExactly("https://example.org");
		assertThat(RelyingPartyAddress.of(URI.create("https://example.org:8443"), 8080).origins())
			.containsExactly("https://example.org:8443");
	}

	@Test
	void onLocalhostThePortTheAppListensOnIsAllowedToo() {
		assertThat(RelyingPartyAddress.of(URI.create("http://localhost:8080"), 8080))
			.isEqualTo(new RelyingPartyAddress("localhost", Set.of("http://localhost:8080")));
		assertThat(RelyingPartyAddress.of(URI.create("http://localhost:8080"), 41234).origins())
			.containsExactlyInAnyOrder("http://localhost:8080", "http://localhost:41234");
		assertThat(RelyingPartyAddress.of(null, 41234))
			.isEqualTo(new RelyingPartyAddress("localhost", Set.of("http://localhost:41234")));
	}

}
