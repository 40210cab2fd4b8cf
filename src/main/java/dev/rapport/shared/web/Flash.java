package dev.rapport.shared.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line confirmation shown on the page a Post/Redirect/Get lands on. Messages are
 * keys in {@code messages.properties}, with optional arguments.
 */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("flashKey", messageKey);
		redirect.addFlashAttribute("flashArgs", arguments);
	}

	/**
	 * A confirmation with an Undo button: pressing it posts to {@code undoPath} (a local
	 * path) with {@code returnTo}, so the user lands where they were.
	 */
	public static void undoable(RedirectAttributes redirect, String undoPath, String returnTo, String messageKey,
			Object... arguments) {
		undoable(redirect, new Undo(undoPath, returnTo, Map.of()), messageKey, arguments);
	}

	/**
	 * A confirmation with an Undo button that posts {@code undo}'s fields (e.g. what was
	 * deleted, to restore it).
	 */
	public static void undoable(RedirectAttributes redirect, Undo undo, String messageKey, Object... arguments) {
		success(redirect, messageKey, arguments);
		redirect.addFlashAttribute("flashUndo", undo);
	}

	/** A message saying why an inline action (one without a form page) did not happen. */
	public static void problem(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("flashProblemKey", messageKey);
		redirect.addFlashAttribute("flashArgs", arguments);
	}

	/**
	 * Where the toast's Undo button posts, the page to come back to, and the form fields
	 * to send (kept in the session as a flash attribute, so serializable).
	 */
	public record Undo(String path, String returnTo, Map<String, List<String>> fields) implements Serializable {

		public Undo {
			fields = new LinkedHashMap<>(fields);
		}

	}

}
