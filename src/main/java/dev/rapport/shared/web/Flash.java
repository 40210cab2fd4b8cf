package dev.rapport.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line confirmation shown on the page a Post/Redirect/Get lands on. Messages are keys
 * in {@code messages.properties}, with optional arguments.
 */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("flashKey", messageKey);
		redirect.addFlashAttribute("flashArgs", arguments);
	}

	/** A message saying why an inline action (one without a form page) did not happen. */
	public static void problem(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("flashProblemKey", messageKey);
		redirect.addFlashAttribute("flashArgs", arguments);
	}

}
