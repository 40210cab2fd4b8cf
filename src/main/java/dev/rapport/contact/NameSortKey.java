package dev.rapport.contact;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The stored form of a name that the contact list sorts by. The list orders by first
 * name, then last name, then id, the way a person reads a name: ignoring case, accents
 * and punctuation, so "Émile" sorts with "Emile" (not after "Zoe"), "Øyvind" with
 * "Oyvind" and "O'Brien" with "OBrien". Keeping these keys in their own indexed columns
 * ({@code sort_first}, {@code sort_last}) lets the database read one page of the list
 * through an index instead of sorting every contact of the owner for each page (databases
 * like H2 cannot index an expression such as {@code lower(first_name)}). Every writer of
 * a contact's name stores both keys computed here: the entity, the LinkedIn and
 * address-book imports, the backup restore, the benchmark loaders; a migration
 * ({@code V11_13}) recomputes the stored ones when this changes.
 * <p>
 * A key is the name decomposed (NFKD, which also splits ligatures such as "ﬁ" and
 * full-width letters), without its combining marks, lower-cased, with the few Latin
 * letters that carry no separable mark spelled out (ø, ł, đ, ß, æ, œ, þ ... as in
 * Lucene's ASCII folding), and with letters and digits only. Dropping spaces and
 * punctuation makes the order the same on every database: H2 compares strings by code
 * point, PostgreSQL by its collation, which for most locales skips punctuation and
 * spaces; two such keys, made of lower-case letters and digits, compare the same both
 * ways. No name means the empty key, which sorts first on every database (a null sorts
 * first on H2 and last on PostgreSQL).
 * <p>
 * Not a collation key from ICU4J or {@code java.text.Collator}: those are opaque bytes
 * that change with the library's version (every stored key would silently go stale on an
 * upgrade), ICU4J is a 14 MB dependency, and folding to base letters is what a list of
 * names in several languages needs; the language-specific places of letters (Ø after Z in
 * Danish, Ä after Z in Swedish) are given up for one order that reads the same for
 * everyone.
 */
public final class NameSortKey {

	/** The width of the key columns; a key never exceeds it. */
	public static final int MAX_LENGTH = 200;

	private NameSortKey() {
	}

	/** The key of a first or last name, as the list compares it; never null. */
	public static String of(String name) {
		String folded = folded(name);
		StringBuilder key = new StringBuilder(folded.length());
		// Spaces and punctuation: skipped.
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return (key.length() <= MAX_LENGTH) ? key.toString() : key.substring(0, MAX_LENGTH);
	}

	/**
	 * The text as the key folds it, spaces and punctuation kept: lower case, without
	 * accents, the letters that carry no separable mark spelled out ("Søren Łukasz
	 * Strauß" is "soren lukasz strauss"), so that other comparisons of names (duplicate
	 * detection) fold them the same way; never null.
	 */
	public static String folded(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder(decomposed.length());
		decomposed.codePoints().forEach((codePoint) -> append(folded, codePoint));
		return folded.toString();
	}

	private static void append(StringBuilder folded, int codePoint) {
		String spelled = spelledOut(codePoint);
		if (spelled != null) {
			folded.append(spelled);
		}
		else if (!isMark(codePoint)) {
			folded.appendCodePoint(codePoint);
		}
		// Combining marks (the accents NFKD split off): skipped.
	}

	private static boolean isMark(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	/** Lower-case letters that NFKD leaves whole, as their base letters. */
	private static String spelledOut(int codePoint) {
		return switch (codePoint) {
			case 'ß' -> "ss";
			case 'æ' -> "ae";
			case 'œ' -> "oe";
			case 'ø' -> "o";
			case 'ł' -> "l";
			case 'đ', 'ð' -> "d";
			case 'þ' -> "th";
			case 'ħ' -> "h";
			case 'ı' -> "i";
			case 'ŧ' -> "t";
			case 'ŋ' -> "n";
			case 'ə', 'ǝ' -> "e";
			case 'ɨ' -> "i";
			case 'ƒ' -> "f";
			default -> null;
		};
	}

}
