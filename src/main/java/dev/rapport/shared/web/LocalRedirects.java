package dev.rapport.shared.web;

/**
 * Where to go back to after a form: only paths on this site, so a crafted link cannot send a
 * user elsewhere (no open redirect).
 */
public final class LocalRedirects {

	private LocalRedirects() {
	}

	public static String to(String returnTo, String fallback) {
		boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
				&& !returnTo.contains("\\") && returnTo.chars().noneMatch(Character::isISOControl);
		// Braces are percent-encoded: a redirect view expands {name} as a URI template variable, so
		// "/{x}" would otherwise fail with a 500 instead of going where it says.
		return "redirect:" + (local ? encoded(returnTo) : fallback);
	}

	/**
	 * Characters a Location header cannot carry as they are (non-ASCII, spaces) are percent-encoded
	 * as UTF-8, and so are braces; what is already percent-encoded stays as it is.
	 */
	private static String encoded(String path) {
		StringBuilder result = new StringBuilder();
		path.codePoints().forEach(codePoint -> {
			if (codePoint > 0x7E || codePoint == ' ' || codePoint == '{' || codePoint == '}' || codePoint == '"'
					|| codePoint == '<' || codePoint == '>' || codePoint == '|' || codePoint == '^' || codePoint == '`') {
				for (byte b : new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
					result.append('%').append(String.format("%02X", b & 0xFF));
				}
			}
			else {
				result.appendCodePoint(codePoint);
			}
		});
		return result.toString();
	}

}
