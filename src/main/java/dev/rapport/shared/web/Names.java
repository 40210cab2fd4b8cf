package dev.rapport.shared.web;

import java.util.List;

/**
 * Names in a sentence the way people write them: "Ana", "Ana and Ben", "Ana, Ben and Cy".
 * The word for "and" comes from the message bundle.
 */
public final class Names {

	private Names() {
	}

	public static String join(List<String> names, String and) {
		if (names.isEmpty()) {
			return "";
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
	}

}
