package dev.rapport.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * User-entered links are only ever stored and rendered as {@code https://} URLs, so a
 * {@code javascript:} or {@code data:} URL can never become a clickable link.
 */
public final class WebLinks {

	private WebLinks() {
	}

	/**
	 * The link as an https URL, or null when it is not a plain web address. A missing
	 * scheme and {@code http://} are upgraded to {@code https://}.
	 */
	public static String toHttps(String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		String trimmed = link.trim();
		String lower = trimmed.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://")) {
			trimmed = "https://" + trimmed.substring("http://".length());
		}
		else if (!lower.startsWith("https://")) {
			if (lower.contains(":") && !lower.matches("^[a-z0-9.-]+:\\d+(/.*)?$")) {
				return null;
			}
			trimmed = "https://" + trimmed;
		}
		try {
			URI uri = new URI(trimmed);
			String host = uri.getHost();
			if (host == null || !host.contains(".") || uri.getUserInfo() != null) {
				return null;
			}
			return uri.toASCIIString();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
