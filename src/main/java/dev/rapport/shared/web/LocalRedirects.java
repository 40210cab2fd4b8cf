package dev.rapport.shared.web;

import java.nio.charset.StandardCharsets;

/**
 * Where to go back to after a form: only paths on this site, so a crafted link cannot
 * send a user elsewhere (no open redirect).
 */
public final class LocalRedirects {

	private LocalRedirects() {
	}

	public static String to(String returnTo, String fallback) {
		return "redirect:" + (isLocal(returnTo) ? safeForLocationHeader(returnTo) : fallback);
	}

	/**
	 * Whether {@code returnTo} is a path on this site (and nothing that could leave it).
	 */
	public static boolean isLocal(String returnTo) {
		return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
				&& returnTo.chars().noneMatch(Character::isISOControl);
	}

	/**
	 * Percent-encodes what may not stand in a {@code Location} header as it is: non-ASCII
	 * text (as UTF-8, so {@code /contacts?q=Zoë} arrives as typed), spaces and other
	 * characters a URL cannot hold, and braces, which a redirect view would otherwise
	 * expand as a URI template ({@code /{x}} would fail instead of going there). What is
	 * already percent-encoded stays.
	 */
	static String safeForLocationHeader(String path) {
		StringBuilder encoded = new StringBuilder(path.length());
		path.codePoints().forEach(codePoint -> {
			if (codePoint < 0x7F && "{} \"<>|^`".indexOf(codePoint) < 0) {
				encoded.append((char) codePoint);
			}
			else {
				for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
					encoded.append('%').append(String.format("%02X", b & 0xFF));
				}
			}
		});
		return encoded.toString();
	}

}
