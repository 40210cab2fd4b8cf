package dev.rapport.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.rapport.contact.internal.DuplicateRows;
import dev.rapport.contact.internal.DuplicateRows.Person;
import dev.rapport.contact.internal.NameKeys;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.WebLinks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the owner's contacts that look like one person: the same email, phone number
 * (compared by digits) or LinkedIn profile, or a similar name (accents, nicknames,
 * swapped first and last name) at the same company. Pairs the owner marked "not a
 * duplicate" are never suggested again.
 * <p>
 * Every contact is put under a few keys in hash maps, so the work grows with the number
 * of contacts, not with the number of pairs. A key shared by more than {@link #MAX_GROUP}
 * contacts (an office's switchboard number, a family's shared address) says nothing about
 * any two of them and is ignored.
 */
@Service
@Transactional(readOnly = true)
public class DuplicateService {

	static final int MAX_GROUP = 10;

	private final DuplicateRows rows;

	private final ContactService contacts;

	private final Clock clock;

	DuplicateService(DuplicateRows rows, ContactService contacts, Clock clock) {
		this.rows = rows;
		this.contacts = contacts;
		this.clock = clock;
	}

	/**
	 * Every likely duplicate pair of the owner, strongest reason first, then oldest
	 * contacts first.
	 */
	public List<DuplicatePair> find(long ownerId) {
		List<Person> people = this.rows.peopleOf(ownerId);
		Set<String> dismissed = this.rows.dismissedPairsOf(ownerId);
		Map<String, DuplicatePair> pairs = new LinkedHashMap<>();
		collect(pairs, dismissed, people, DuplicateReason.SAME_EMAIL,
				person -> person.emails().stream().map(email -> email.trim().toLowerCase(Locale.ROOT)).toList());
		collect(pairs, dismissed, people, DuplicateReason.SAME_PHONE,
				person -> person.phones().stream().map(PhoneNumbers::matchKey).toList());
		collect(pairs, dismissed, people, DuplicateReason.SAME_LINKEDIN,
				person -> Optional.ofNullable(linkedinKey(person.linkedinUrl())).stream().toList());
		collect(pairs, dismissed, people, DuplicateReason.SIMILAR_NAME, DuplicateService::nameKeys);
		List<DuplicatePair> found = new ArrayList<>(pairs.values());
		found.sort(Comparator.comparing(DuplicatePair::reason)
			.thenComparingLong(DuplicatePair::firstId)
			.thenComparingLong(DuplicatePair::secondId));
		return found;
	}

	/** The likely duplicates with what the page shows of each contact. */
	public List<DuplicateSuggestion> suggestions(long ownerId) {
		List<DuplicatePair> pairs = find(ownerId);
		if (pairs.isEmpty()) {
			return List.of();
		}
		Map<Long, ContactSummary> summaries = new HashMap<>();
		this.contacts
			.summaries(ownerId,
					pairs.stream().flatMap(pair -> Stream.of(pair.firstId(), pair.secondId())).distinct().toList())
			.forEach(summary -> summaries.put(summary.id(), summary));
		return pairs.stream()
			.filter(pair -> summaries.containsKey(pair.firstId()) && summaries.containsKey(pair.secondId()))
			.map(pair -> new DuplicateSuggestion(summaries.get(pair.firstId()), summaries.get(pair.secondId()),
					pair.reason()))
			.toList();
	}

	/**
	 * "Not a duplicate": the pair is never suggested again.
	 * @throws NotFoundException when either contact is not the owner's
	 * @throws InvalidContactException when both ids are the same contact
	 */
	@Transactional
	public void dismiss(long ownerId, long contactId, long otherId) {
		checkPair(ownerId, contactId, otherId);
		this.rows.dismiss(ownerId, Math.min(contactId, otherId), Math.max(contactId, otherId), this.clock.instant());
	}

	/** Undo for {@link #dismiss}: the pair may be suggested again. */
	@Transactional
	public void undismiss(long ownerId, long contactId, long otherId) {
		checkPair(ownerId, contactId, otherId);
		this.rows.undismiss(ownerId, Math.min(contactId, otherId), Math.max(contactId, otherId));
	}

	private void checkPair(long ownerId, long contactId, long otherId) {
		if (contactId == otherId) {
			throw new InvalidContactException("otherId", "duplicates.sameContact");
		}
		for (long id : new long[] { contactId, otherId }) {
			if (!this.contacts.exists(ownerId, id)) {
				throw new NotFoundException("Contact", id);
			}
		}
	}

	private static void collect(Map<String, DuplicatePair> pairs, Set<String> dismissed, List<Person> people,
			DuplicateReason reason, Function<Person, List<String>> keysOf) {
		Map<String, List<Long>> groups = new HashMap<>();
		for (Person person : people) {
			for (String key : Set.copyOf(keysOf.apply(person))) {
				if (!key.isEmpty()) {
					List<Long> group = groups.computeIfAbsent(key, k -> new ArrayList<>(2));
					if (group.size() <= MAX_GROUP) {
						group.add(person.id());
					}
				}
			}
		}
		for (List<Long> group : groups.values()) {
			if (group.size() < 2 || group.size() > MAX_GROUP) {
				continue;
			}
			for (int i = 0; i < group.size(); i++) {
				for (int j = i + 1; j < group.size(); j++) {
					long first = Math.min(group.get(i), group.get(j));
					long second = Math.max(group.get(i), group.get(j));
					String pairKey = first + ":" + second;
					if (!dismissed.contains(pairKey)) {
						// A stronger reason found earlier stays.
						pairs.putIfAbsent(pairKey, new DuplicatePair(first, second, reason));
					}
				}
			}
		}
	}

	/**
	 * A similar name counts at the same company; two people without any company only when
	 * both have a first and a last name (one-word names alone are too common to mean
	 * anything).
	 */
	private static List<String> nameKeys(Person person) {
		Optional<String> name = NameKeys.of(person.firstName(), person.lastName());
		if (name.isEmpty()) {
			return List.of();
		}
		Optional<String> company = NameKeys.company(person.company());
		if (company.isPresent()) {
			return List.of(name.get() + "@" + company.get());
		}
		boolean fullName = person.lastName() != null && !person.lastName().isBlank();
		return fullName ? List.of(name.get() + "@") : List.of();
	}

	/**
	 * The profile's path in lower case, so http/https, www. and a trailing slash do not
	 * matter.
	 */
	static String linkedinKey(String url) {
		String safe = WebLinks.toHttps(url);
		if (safe == null) {
			return null;
		}
		String key = safe.toLowerCase(Locale.ROOT)
			.replaceFirst("^https://", "")
			.replaceFirst("^[a-z]{2,3}\\.linkedin\\.com", "linkedin.com")
			.replaceFirst("^www\\.", "")
			.replaceFirst("[?#].*$", "")
			.replaceFirst("/+$", "");
		return key.isEmpty() ? null : key;
	}

}
