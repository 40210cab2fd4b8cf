package dev.rapport.account.internal;

import java.util.Locale;

/**
 * What a session remembers about the browser it belongs to, so the user can tell their
 * sessions apart: a short description of the browser ("Firefox on Linux") and the address
 * it was last seen from. The description is read from the User-Agent header; it is a hint
 * for a person, never used for a security decision.
 */
public final class SessionDevice {

	/** Session attribute holding {@link #describe(String)} of the browser. */
	public static final String DEVICE_ATTRIBUTE = "rapport.session.device";

	/** Session attribute holding the address of the latest request. */
	public static final String ADDRESS_ATTRIBUTE = "rapport.session.address";

	/**
	 * Session attribute holding the remember-me series issued to this browser, if any.
	 */
	public static final String REMEMBER_ME_SERIES_ATTRIBUTE = "rapport.session.rememberMeSeries";

	private SessionDevice() {
	}

	/**
	 * "Browser on system", either part falling back to empty when the header says nothing
	 * we know.
	 */
	public static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "";
		}
		String browser = browser(userAgent);
		String system = system(userAgent);
		if (browser.isEmpty()) {
			return system;
		}
		return system.isEmpty() ? browser : browser + " on " + system;
	}

	private static String browser(String ua) {
		if (ua.contains("Edg/")) {
			return "Edge";
		}
		if (ua.contains("OPR/") || ua.contains("Opera")) {
			return "Opera";
		}
		if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
			return "Firefox";
		}
		if (ua.contains("Chromium/")) {
			return "Chromium";
		}
		if (ua.contains("Chrome/") || ua.contains("CriOS/")) {
			return "Chrome";
		}
		if (ua.contains("Safari/")) {
			return "Safari";
		}
		if (ua.toLowerCase(Locale.ROOT).startsWith("curl/")) {
			return "curl";
		}
		return "";
	}

	private static String system(String ua) {
		if (ua.contains("Android")) {
			return "Android";
		}
		if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod")) {
			return "iOS";
		}
		if (ua.contains("Windows")) {
			return "Windows";
		}
		if (ua.contains("CrOS")) {
			return "ChromeOS";
		}
		if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
			return "macOS";
		}
		if (ua.contains("Linux") || ua.contains("X11")) {
			return "Linux";
		}
		return "";
	}

}
