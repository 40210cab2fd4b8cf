package dev.rapport.shared.web;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Initials avatars for templates: {@code ${@avatars.initials(name)}} and a tone class
 * ({@code ${@avatars.tone(name)}}) that stays the same for a name wherever it is shown,
 * so a person is recognisable at a glance without a photo. Initials are whole characters
 * (an emoji or an accented letter is never cut in half).
 */
@Component("avatars")
public class Avatars {

	static final int TONES = 6;

	/** Up to two initials: the first and the last word's first character, upper-cased. */
	public String initials(String name) {
		if (name == null || name.isBlank()) {
			return "?";
		}
		List<String> words = new ArrayList<>();
		for (String word : name.trim().split("\\s+")) {
			String first = firstCharacter(word);
			if (!first.isEmpty() && Character.isLetterOrDigit(first.codePointAt(0))) {
				words.add(first);
			}
		}
		if (words.isEmpty()) {
			return firstCharacter(name.trim());
		}
		String initials = words.get(0) + (words.size() > 1 ? words.get(words.size() - 1) : "");
		return initials.toUpperCase(Locale.ROOT);
	}

	/** One of {@value #TONES} background tones, chosen by the name. */
	public String tone(String name) {
		int hash = (name == null) ? 0 : name.strip().toLowerCase(Locale.ROOT).hashCode();
		return "avatar-" + Math.floorMod(hash, TONES);
	}

	private static String firstCharacter(String text) {
		BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
		characters.setText(text);
		int end = characters.next();
		return (end == BreakIterator.DONE) ? "" : text.substring(0, end);
	}

}
