package dev.rapport.account.passkey;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where passkeys belong: the relying party id (a host name; a passkey made for it works
 * only there) and the origins a browser may report during a ceremony. Both come from
 * {@code rapport.base-url}. While that names {@code localhost} (its default), the port
 * the app really listens on is allowed too, so a development run or a test on a random
 * port works.
 */
record RelyingPartyAddress(String rpId, Set<String> origins) {

	static RelyingPartyAddress of(@Nullable URI baseUrl, int localPort) {
		if (baseUrl == null) {
			return new RelyingPartyAddress("localhost", Set.of("http://localhost:" + localPort));
		}
		String scheme = baseUrl.getScheme().toLowerCase(Locale.ROOT);
		String host = baseUrl.getHost().toLowerCase(Locale.ROOT);
		int port = baseUrl.getPort();
		boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443)
				|| ("http".equals(scheme) && port == 80);
		// A browser reports an origin without its scheme's default port; the path is no
		// part of it.
		String origin = scheme + "://" + host + (defaultPort ? "" : ":" + port);
		String listening = "http://localhost:" + localPort;
		if ("localhost".equals(host) && !origin.equals(listening)) {
			return new RelyingPartyAddress(host, Set.of(origin, listening));
		}
		return new RelyingPartyAddress(host, Set.of(origin));
	}

}
