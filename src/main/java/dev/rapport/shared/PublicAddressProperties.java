package dev.rapport.shared;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address people reach Rapport at, e.g. {@code https://example.org/rapport} behind a
 * reverse proxy ({@code rapport.base-url}, {@code RAPPORT_BASEURL}). Used for links that
 * leave the browser (mail, calendar feeds); unset, those links are built from the current
 * request.
 */
@ConfigurationProperties("rapport")
public record PublicAddressProperties(@Nullable URI baseUrl) {

	public PublicAddressProperties {
		if (baseUrl != null && (!baseUrl.isAbsolute() || baseUrl.getHost() == null || baseUrl.getQuery() != null
				|| baseUrl.getFragment() != null)) {
			throw new IllegalArgumentException(
					"rapport.base-url must be an absolute http(s) address without query, like https://example.org/rapport, not "
							+ baseUrl);
		}
	}

}
