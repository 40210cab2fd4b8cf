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
		return "redirect:" + (local ? returnTo.replace("{", "%7B").replace("}", "%7D") : fallback);
	}

}
