package dev.rapport.shared.validation;

/**
 * What text Rapport stores as it was sent, and what it refuses instead of silently
 * changing: control characters (NUL and the other C0/C1 controls except tab, line feed
 * and carriage return) and lone UTF-16 surrogates cannot be stored faithfully, so they
 * are refused wherever text comes in. Names must also show something: a name of only
 * spaces, zero-width or bidi control characters looks empty, and a bidi override inside a
 * name can make it display as something else.
 */
public final class TextRules {

	private TextRules() {
	}

	/** True if the text holds only characters Rapport stores unchanged. */
	public static boolean isStorable(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return false;
			}
			if (Character.isLowSurrogate(c) || isForbiddenControl(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isForbiddenControl(char c) {
		return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
	}

	/**
	 * True if the text has at least one character that shows (not blank, zero-width or a
	 * format control).
	 */
	public static boolean hasVisibleCharacter(String text) {
		return text.codePoints().anyMatch(TextRules::isVisible);
	}

	private static boolean isVisible(int codePoint) {
		if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| Character.isISOControl(codePoint)) {
			return false;
		}
		int type = Character.getType(codePoint);
		// FORMAT covers zero-width spaces and joiners, bidi marks, embeddings, overrides
		// and isolates,
		// the BOM and invisible operators; Hangul fillers and braille blank render as
		// nothing too.
		return type != Character.FORMAT && codePoint != 0x3164 && codePoint != 0x115F && codePoint != 0x1160
				&& codePoint != 0xFFA0 && codePoint != 0x2800;
	}

	/**
	 * True if the text holds a bidi embedding, override or isolate (U+202A..U+202E,
	 * U+2066..U+2069).
	 */
	public static boolean hasBidiControl(String text) {
		return text.chars().anyMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
	}

}
