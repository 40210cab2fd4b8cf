package dev.rapport.contact.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.rapport.contact.NameSortKey;

/**
 * Keys under which two spellings of one person's name meet: without accents or
 * punctuation, in lower case, a nickname as its full given name ("Bob" as "robert"), and
 * first and last name in either order ("Lima Ana" and "Ana Lima" alike).
 */
public final class NameKeys {

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	/**
	 * A short form to the first name of its family; a name of several families maps to
	 * the first.
	 */
	private static final Map<String, String> CANONICAL = load("/contact/nicknames.txt");

	private NameKeys() {
	}

	/**
	 * The key of a full name, or empty when the name has no letters; a name of one word
	 * (no last name) has a key of one word.
	 */
	public static Optional<String> of(String firstName, String lastName) {
		List<String> words = new ArrayList<>();
		for (String word : (plain(firstName) + " " + plain(lastName)).trim().split(" ")) {
			if (!word.isEmpty()) {
				words.add(CANONICAL.getOrDefault(word, word));
			}
		}
		if (words.isEmpty()) {
			return Optional.empty();
		}
		String[] sorted = words.toArray(String[]::new);
		Arrays.sort(sorted);
		return Optional.of(String.join(" ", sorted));
	}

	/**
	 * A company as it is compared: no accents, punctuation, case or common legal
	 * suffixes.
	 */
	public static Optional<String> company(String company) {
		String plain = plain(company).replaceAll("\\b(inc|ltd|llc|gmbh|ag|sa|sarl|bv|plc|co|corp|corporation)\\b", "")
			.replaceAll(" +", " ")
			.trim();
		return plain.isEmpty() ? Optional.empty() : Optional.of(plain);
	}

	/**
	 * Folded as the contact list folds names ({@link NameSortKey#folded}: "José" is
	 * "jose", "Søren" "soren", "Strauß" "strauss"), everything but letters and digits one
	 * space.
	 */
	static String plain(String text) {
		return NOT_LETTERS.matcher(NameSortKey.folded(text)).replaceAll(" ").trim();
	}

	private static Map<String, String> load(String resource) {
		Map<String, String> canonical = new HashMap<>();
		try (InputStream in = NameKeys.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String trimmed = line.trim();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] names = trimmed.split("\\s+");
				for (String name : names) {
					canonical.putIfAbsent(name, names[0]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A full name that heads its own family stays itself even if it is also someone's
		// short form.
		return Map.copyOf(canonical);
	}

}
