package dev.rapport.shared.web;

/**
 * Where to go back to after a form: only paths on this site, so a crafted link cannot send a
 * user elsewhere (no open redirect).
 */
public final class LocalRedirects {

	private LocalRedirects() {
	}

	public static String to(String returnTo, String fallback) {
		return "redirect:" + (isLocal(returnTo) ? returnTo : fallback);
	}

	/** Whether {@code returnTo} is a path on this site (and nothing that could leave it). */
	public static boolean isLocal(String returnTo) {
		return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
				&& !returnTo.contains("\\") && returnTo.chars().noneMatch(Character::isISOControl);
	}

}
