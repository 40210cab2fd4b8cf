package dev.rapport.depth;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.rapport.contact.ContactNeeds;

import org.jspecify.annotations.Nullable;

/**
 * Introductions worth making: one person's "can help with" (or one of their tags) meets
 * another's "looking for". Both notes are normalised into words (lower case, accents
 * removed, words of at least {@value #MIN_WORD_LENGTH} letters or digits, a plural "s"
 * dropped, common words ignored); a pair matches when they share a word. Pairs the user
 * already introduced are left out. Pure.
 */
public final class IntroductionMatcher {

	/** Shorter words ("a", "to", "ux") say too little to match on. */
	public static final int MIN_WORD_LENGTH = 3;

	/** At most this many suggestions, best first. */
	public static final int MAX_SUGGESTIONS = 20;

	private static final Set<String> COMMON_WORDS = Set.of("the", "and", "for", "with", "who", "someone", "somebody",
			"something", "anyone", "any", "new", "good", "great", "help", "helping", "looking", "need", "needs", "want",
			"wants", "can", "could", "about", "from", "into", "their", "them", "they", "our", "your", "you", "some",
			"more", "other", "others", "people", "person", "way", "ways", "like", "also", "just", "get", "getting",
			"find", "finding", "advice", "intro", "introduction", "introductions", "contact", "contacts", "know",
			"knows", "how", "what", "that", "this", "these", "those", "are", "has", "have", "his", "her");

	private IntroductionMatcher() {
	}

	/**
	 * One suggested introduction.
	 *
	 * @param helperId the person whose offer (or tag) meets the need
	 * @param seekerId the person looking for it
	 * @param sharedWords the normalised words both notes share, in the seeker's order
	 * @param viaTag the helper's tag that matched, when the match came from a tag and not
	 * from "can help with"; null otherwise
	 */
	public record Match(long helperId, long seekerId, List<String> sharedWords, @Nullable String viaTag) {
	}

	/**
	 * @param people contacts with their notes and tags
	 * @param alreadyIntroduced pairs the user introduced already, each as a two-element
	 * set
	 */
	public static List<Match> suggest(Collection<ContactNeeds> people, Set<Set<Long>> alreadyIntroduced) {
		Map<Long, Set<String>> offers = new HashMap<>();
		Map<Long, Map<String, String>> tagWords = new HashMap<>();
		for (ContactNeeds person : people) {
			offers.put(person.id(), words(person.canHelpWith()));
			Map<String, String> byWord = new HashMap<>();
			for (String tag : person.tags()) {
				words(tag).forEach(word -> byWord.putIfAbsent(word, tag));
			}
			tagWords.put(person.id(), byWord);
		}
		Map<Set<Long>, Match> best = new HashMap<>();
		for (ContactNeeds seeker : people) {
			Set<String> needs = words(seeker.lookingFor());
			if (needs.isEmpty()) {
				continue;
			}
			for (ContactNeeds helper : people) {
				if (helper.id() == seeker.id()) {
					continue;
				}
				Set<Long> pair = Set.of(helper.id(), seeker.id());
				if (alreadyIntroduced.contains(pair)) {
					continue;
				}
				Match match = match(helper.id(), seeker.id(), needs, offers.get(helper.id()),
						tagWords.get(helper.id()));
				if (match != null) {
					best.merge(pair, match, IntroductionMatcher::stronger);
				}
			}
		}
		return best.values().stream().sorted(ORDER).limit(MAX_SUGGESTIONS).toList();
	}

	/**
	 * More shared words first, a match on "can help with" before one on a tag, then by
	 * ids.
	 */
	private static final Comparator<Match> ORDER = Comparator.comparingInt((Match match) -> match.sharedWords().size())
		.reversed()
		.thenComparing(match -> match.viaTag() != null)
		.thenComparingLong(Match::seekerId)
		.thenComparingLong(Match::helperId);

	private static Match stronger(Match a, Match b) {
		return (ORDER.compare(a, b) <= 0) ? a : b;
	}

	private static @Nullable Match match(long helperId, long seekerId, Set<String> needs, Set<String> offer,
			Map<String, String> tags) {
		List<String> shared = needs.stream().filter(offer::contains).toList();
		if (!shared.isEmpty()) {
			return new Match(helperId, seekerId, shared, null);
		}
		List<String> viaTags = needs.stream().filter(tags::containsKey).toList();
		if (!viaTags.isEmpty()) {
			return new Match(helperId, seekerId, viaTags, tags.get(viaTags.get(0)));
		}
		return null;
	}

	/** The normalised words of a note, in order, without repeats. */
	public static Set<String> words(@Nullable String text) {
		Set<String> words = new LinkedHashSet<>();
		if (text == null) {
			return words;
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		for (String raw : plain.split("[^\\p{L}\\p{N}]+")) {
			String word = singular(raw);
			if (word.length() >= MIN_WORD_LENGTH && !COMMON_WORDS.contains(word) && !COMMON_WORDS.contains(raw)) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * "routes" and "route", "classes" and "class", "cities" and "city" are one word;
	 * "bus" keeps its s.
	 */
	static String singular(String word) {
		if (word.length() <= 3) {
			return word;
		}
		if (word.endsWith("ies") && word.length() > 4) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	/** The helper-then-seeker pair as the API lists it. */
	public static List<Long> contactIds(Match match) {
		return new ArrayList<>(List.of(match.helperId(), match.seekerId()));
	}

}
