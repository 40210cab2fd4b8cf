package dev.rapport.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.rapport.account.Owner;
import dev.rapport.contact.internal.Contact;
import dev.rapport.contact.internal.ContactImports;
import dev.rapport.contact.internal.ContactRepository;
import dev.rapport.contact.internal.ContactSource;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.StaleEditException;
import dev.rapport.shared.WebLinks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts of one owner: every method takes the owner's id and never touches anyone
 * else's rows.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

	static final int MAX_TAGS = 20;

	private final ContactRepository contacts;

	private final ContactImports imports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<ContactRanking> ranking;

	private final ImportantDateService dates;

	ContactService(ContactRepository contacts, ContactImports imports, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<ContactRanking> ranking, ImportantDateService dates) {
		this.dates = dates;
		this.contacts = contacts;
		this.imports = imports;
		this.events = events;
		this.clock = clock;
		this.ranking = ranking;
	}

	/**
	 * One page of the owner's contacts; depth order and tier filters use the scores as of
	 * the owner's today.
	 */
	public Page<ContactSummary> list(Owner owner, ContactQuery query, Pageable pageable) {
		return search(owner, query, pageable).map(ContactService::summaryOf);
	}

	/**
	 * The same search as {@link #list}, with every field of each contact (for the JSON
	 * API).
	 */
	public Page<ContactDetails> listDetails(Owner owner, ContactQuery query, Pageable pageable) {
		Page<Contact> found = search(owner, query, pageable);
		Map<Long, YearlyDate> birthdays = this.dates.birthdays(owner.id(),
				found.getContent().stream().map(Contact::getId).toList());
		return found.map(contact -> detailsOf(contact, birthdays.get(contact.getId())));
	}

	private Page<Contact> search(Owner owner, ContactQuery query, Pageable pageable) {
		ContactSort order = (query.sort() == null) ? ContactSort.NAME : query.sort();
		String tier = blankToNull(query.tier());
		ContactRanking ranking = this.ranking.getIfAvailable();
		if (ranking != null && (order == ContactSort.DEPTH || tier != null)) {
			return rankedSearch(owner, query, order, tier, ranking, pageable);
		}
		return unrankedSearch(owner.id(), query, order, pageable);
	}

	/** The search in the database alone: any order but depth, no tier filter. */
	private Page<Contact> unrankedSearch(long ownerId, ContactQuery query, ContactSort order, Pageable pageable) {
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sortOf(order));
		String tag = blankToNull(query.tag());
		return this.contacts.search(ownerId, query.archived(), likePattern(query.text()), foldedPattern(query.text()),
				tag, query.importedWithoutHistory(), sorted);
	}

	/** Score badges of the given contacts; empty when no module ranks contacts. */
	public Map<Long, ContactRanking.Badge> badges(Owner owner, Collection<Long> contactIds) {
		ContactRanking ranking = this.ranking.getIfAvailable();
		return (ranking == null || contactIds.isEmpty()) ? Map.of() : ranking.badges(owner, contactIds);
	}

	/** The tiers the list can be filtered by; empty when no module ranks contacts. */
	public List<ContactRanking.TierOption> tiers() {
		ContactRanking ranking = this.ranking.getIfAvailable();
		return (ranking == null) ? List.of() : ranking.tiers();
	}

	/**
	 * Depth order and tier filters come from the ranking, not from a column: the text,
	 * tag and archived filters run in the database and return ids only, the ranking
	 * orders and filters those in memory and one page of contacts is loaded. Fine for
	 * tens of thousands of contacts.
	 */
	private Page<Contact> rankedSearch(Owner owner, ContactQuery query, ContactSort order, String tier,
			ContactRanking ranking, Pageable pageable) {
		Sort sort = sortOf((order == ContactSort.DEPTH) ? ContactSort.NAME : order);
		List<Long> ids = this.contacts.searchIds(owner.id(), query.archived(), likePattern(query.text()),
				foldedPattern(query.text()), blankToNull(query.tag()), query.importedWithoutHistory(), sort);
		Optional<ContactRanking.TierOption> tierOption = ranking.tiers()
			.stream()
			.filter(option -> option.code().equals(tier))
			.findFirst();
		if (tierOption.isPresent()) {
			boolean ranked = tierOption.get().ranked();
			Set<Long> inTier = new HashSet<>(ranking.rankedIds(owner, ranked ? Optional.of(tier) : Optional.empty()));
			ids = ids.stream().filter(id -> inTier.contains(id) == ranked).toList();
		}
		if (order == ContactSort.DEPTH) {
			List<Long> rankedIds = ranking.rankedIds(owner, Optional.empty());
			Map<Long, Integer> rank = new HashMap<>(rankedIds.size() * 2);
			for (int i = 0; i < rankedIds.size(); i++) {
				rank.put(rankedIds.get(i), i);
			}
			// A stable sort: contacts without a rank (no history) stay in name order,
			// after the others.
			ids = ids.stream().sorted(Comparator.comparingInt(id -> rank.getOrDefault(id, Integer.MAX_VALUE))).toList();
		}
		int from = (int) Math.min(ids.size(), pageable.getOffset());
		List<Long> pageIds = ids.subList(from, Math.min(ids.size(), from + pageable.getPageSize()));
		Map<Long, Contact> loaded = pageIds.isEmpty() ? Map.of()
				: this.contacts.findAllOfOwner(owner.id(), pageIds)
					.stream()
					.collect(Collectors.toMap(Contact::getId, Function.identity()));
		List<Contact> content = pageIds.stream().map(loaded::get).filter(Objects::nonNull).toList();
		return new PageImpl<>(content, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()), ids.size());
	}

	private static Sort sortOf(ContactSort order) {
		return switch (order) {
			// The stored keys of the names (NameSortKey: case, accents and punctuation
			// folded, never null), in an order the index (owner_id, archived,
			// sort_first, sort_last, id) serves, so a page reads its own rows only.
			// Owner and archived are fixed by the filter and change nothing in the order;
			// H2 takes an index for an ORDER BY only when it names the index's leading
			// columns.
			case NAME, DEPTH -> Sort.by(Sort.Order.asc("ownerId"), Sort.Order.asc("archived"),
					Sort.Order.asc("sortFirst"), Sort.Order.asc("sortLast"), Sort.Order.asc("id"));
			// People last seen on the same day in the order of the list by name.
			case LAST_INTERACTION -> Sort.by(Sort.Order.desc("lastInteractionOn").nullsLast(),
					Sort.Order.asc("sortFirst"), Sort.Order.asc("sortLast"), Sort.Order.asc("id"));
		};
	}

	public ContactDetails get(long ownerId, long contactId) {
		Contact contact = load(ownerId, contactId);
		return detailsOf(contact, this.dates.birthdays(ownerId, List.of(contactId)).get(contactId));
	}

	public boolean exists(long ownerId, long contactId) {
		return this.contacts.existsByIdAndOwnerId(contactId, ownerId);
	}

	/**
	 * Names of the given contacts that belong to the owner; other ids are silently
	 * absent.
	 */
	public Map<Long, ContactRef> refs(long ownerId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return this.contacts.findAllOfOwner(ownerId, contactIds)
			.stream()
			.map(ContactService::refOf)
			.collect(Collectors.toMap(ContactRef::id, Function.identity()));
	}

	/**
	 * Summaries of the given contacts that belong to the owner; other ids are silently
	 * absent.
	 */
	public List<ContactSummary> summaries(long ownerId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return List.of();
		}
		return this.contacts.findAllOfOwner(ownerId, contactIds).stream().map(ContactService::summaryOf).toList();
	}

	/** Every active contact of the owner, by name, for pickers. */
	public List<ContactRef> activeContacts(long ownerId) {
		return this.contacts.findActiveOf(ownerId).stream().map(ContactService::refOf).toList();
	}

	/**
	 * "Known since" dates the owner entered, by contact id; contacts without one are
	 * absent.
	 */
	public Map<Long, LocalDate> knownSinceDates(long ownerId) {
		return this.contacts.findKnownSinceOf(ownerId)
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (LocalDate) row[1]));
	}

	/**
	 * {@link #knownSinceDates(long)} of these contacts only: what a change or a page
	 * about a few people needs, without reading all of the owner's contacts.
	 */
	public Map<Long, LocalDate> knownSinceDates(long ownerId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return this.contacts.findKnownSinceOf(ownerId, contactIds)
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (LocalDate) row[1]));
	}

	/**
	 * "How long have you known them?" for those of these contacts that are the owner's
	 * and have no "known since" yet, by name, at most {@link KnownSinceQuestion#AT_MOST}.
	 */
	public List<KnownSinceQuestion> knownSinceQuestions(long ownerId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return List.of();
		}
		return this.contacts.findAllOfOwner(ownerId, contactIds)
			.stream()
			.filter(contact -> contact.getKnownSince() == null)
			.sorted(Comparator.comparing(Contact::displayName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(Contact::getId))
			.limit(KnownSinceQuestion.AT_MOST)
			.map(contact -> new KnownSinceQuestion(contact.getId(), contact.displayName()))
			.toList();
	}

	/**
	 * Keeps the answer to "How long have you known them?" as the contact's "known since",
	 * unless one was entered meanwhile (on the contact form, or by answering in another
	 * tab): what the user typed is more precise than a range and is never overwritten by
	 * an old question.
	 * @return whether the answer was stored
	 */
	@Transactional
	public boolean answerKnownFor(long ownerId, long contactId, KnownFor answer, LocalDate today) {
		Contact contact = load(ownerId, contactId);
		if (contact.getKnownSince() != null) {
			return false;
		}
		LocalDate since = answer.since(today);
		contact.knownSince(since);
		this.events.publishEvent(new ContactKnownSinceChanged(ownerId, contactId, since));
		return true;
	}

	/** Every owner who has contacts, e.g. for recomputing derived data of all owners. */
	public List<Long> ownerIds() {
		return this.contacts.findOwnerIds();
	}

	/**
	 * Ids of the owner's contacts that may be suggested: neither archived nor marked
	 * "don't suggest".
	 */
	public Set<Long> suggestableIds(long ownerId) {
		return Set.copyOf(this.contacts.findSuggestableIdsOf(ownerId));
	}

	/**
	 * Up to {@code limit} active contacts whose name, company or email contains
	 * {@code text}, by name.
	 */
	public List<ContactRef> search(long ownerId, String text, int limit) {
		return unrankedSearch(ownerId, new ContactQuery(text, null, false, ContactSort.NAME), ContactSort.NAME,
				PageRequest.of(0, limit))
			.map(ContactService::summaryOf)
			.map(summary -> new ContactRef(summary.id(), summary.displayName()))
			.getContent();
	}

	/** How many contacts the owner has, archived ones included. */
	public long count(long ownerId) {
		return this.contacts.countByOwnerId(ownerId);
	}

	/**
	 * How many contacts the owner has, and a number that moves whenever one of them is
	 * added, edited (tags and flags included: each edit raises the contact's version) or
	 * deleted: what a cache of anything derived from the contacts can be keyed by. Read
	 * together, in one pass over the owner's contacts.
	 */
	public ContactsStamp stampOf(long ownerId) {
		Object[] stamp = this.contacts.findChangeStampOf(ownerId).get(0);
		long count = ((Number) stamp[0]).longValue();
		long versions = (stamp[1] != null) ? ((Number) stamp[1]).longValue() : 0;
		long newest = (stamp[2] != null) ? ((Number) stamp[2]).longValue() : 0;
		return new ContactsStamp(count, (count * 1_000_003L + versions) * 1_000_003L + newest);
	}

	/** See {@link #stampOf}. */
	public record ContactsStamp(long count, long changeStamp) {
	}

	public List<String> tags(long ownerId) {
		return this.contacts.findTagsOf(ownerId);
	}

	/**
	 * @throws InvalidContactException when a field breaks a rule the annotations cannot
	 * express
	 */
	@Transactional
	public long create(long ownerId, ContactCommand command) {
		Contact contact = new Contact(ownerId, ContactSource.MANUAL, this.clock.instant());
		contact.edit(clean(command));
		long id = this.contacts.save(contact).getId();
		this.dates.setBirthday(ownerId, id, birthdayOf(command), latestToday());
		return id;
	}

	/**
	 * @throws StaleEditException when the contact changed since the form was rendered
	 */
	@Transactional
	public void update(long ownerId, long contactId, ContactCommand command) {
		Contact contact = load(ownerId, contactId);
		StaleEditException.check("Contact", contactId, command.version(), contact.getVersion());
		LocalDate knownSinceBefore = contact.getKnownSince();
		contact.edit(clean(command));
		this.dates.setBirthday(ownerId, contactId, birthdayOf(command), latestToday());
		if (!Objects.equals(knownSinceBefore, contact.getKnownSince())) {
			this.events.publishEvent(new ContactKnownSinceChanged(ownerId, contactId, contact.getKnownSince()));
		}
	}

	@Transactional
	public void archive(long ownerId, long contactId) {
		load(ownerId, contactId).archive();
	}

	@Transactional
	public void unarchive(long ownerId, long contactId) {
		load(ownerId, contactId).unarchive();
	}

	/**
	 * Sets how often the owner intends to be in touch (one click on the rhythm check
	 * page, no form): {@code rhythm} empty means "learn it from our history".
	 */
	@Transactional
	public void intendRhythm(long ownerId, long contactId, Optional<Rhythm> rhythm) {
		load(ownerId, contactId).intendRhythm(rhythm.map(Rhythm::days).orElse(null));
	}

	/**
	 * Intended rhythms in days of the owner's active contacts that have one, by contact
	 * id.
	 */
	public Map<Long, Integer> intendedRhythms(long ownerId) {
		return this.contacts.findRhythmsOf(ownerId)
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Integer) row[1]));
	}

	/** Tags of each of the owner's active contacts that have any, by contact id. */
	public Map<Long, List<String>> tagsByContact(long ownerId) {
		return this.contacts.findActiveOf(ownerId)
			.stream()
			.filter(contact -> !contact.getTags().isEmpty())
			.collect(Collectors.toMap(Contact::getId, Contact::getTags));
	}

	/** The give-first notes of the owner's active contacts that have at least one. */
	public List<ContactNeeds> needsAndOffers(long ownerId) {
		return this.contacts.findActiveOf(ownerId)
			.stream()
			.filter(contact -> contact.getLookingFor() != null || contact.getCanHelpWith() != null)
			.map(contact -> new ContactNeeds(contact.getId(), contact.displayName(), contact.getLookingFor(),
					contact.getCanHelpWith(), contact.getTags()))
			.toList();
	}

	@Transactional
	public void stopSuggesting(long ownerId, long contactId) {
		load(ownerId, contactId).stopSuggesting();
	}

	/** Undo for {@link #stopSuggesting}. */
	@Transactional
	public void resumeSuggesting(long ownerId, long contactId) {
		load(ownerId, contactId).resumeSuggesting();
	}

	@Transactional
	public void delete(long ownerId, long contactId) {
		Contact contact = load(ownerId, contactId);
		this.contacts.delete(contact);
		this.contacts.flush();
		this.events.publishEvent(new ContactDeleted(ownerId, contactId));
	}

	/**
	 * Keeps the "last interaction" column the list sorts by in step with the interactions
	 * module, which calls this whenever a contact's past interactions change.
	 */
	@Transactional
	public void recordLastInteraction(long ownerId, long contactId, LocalDate lastInteractionOn) {
		this.contacts.recordLastInteraction(ownerId, contactId, lastInteractionOn);
	}

	/**
	 * A past interaction on {@code date} was added with these contacts: their last
	 * interaction moves to it where it is later, without reading their histories.
	 */
	@Transactional
	public void recordInteractionOn(long ownerId, Collection<Long> contactIds, LocalDate date) {
		this.contacts.recordInteractionOn(ownerId, contactIds, date);
	}

	/**
	 * Sets the day LinkedIn says they connected; the sample data imitates imported
	 * connections.
	 */
	@Transactional
	public void recordConnectedOn(long ownerId, long contactId, LocalDate connectedOn) {
		load(ownerId, contactId).connectedOn(connectedOn);
	}

	/**
	 * The owner's contacts an import can match: those an earlier import created or
	 * linked, and hand-made ones with a LinkedIn URL.
	 */
	public List<ImportedContact> importCandidates(long ownerId) {
		return this.imports.candidatesOf(ownerId);
	}

	/**
	 * Creates imported people (source LinkedIn, no history) and refreshes matched ones,
	 * in batches. Callers import a file in one transaction, calling this once per chunk
	 * of rows.
	 * @throws StaleEditException when a contact to refresh changed since its candidate
	 * was read
	 * @throws org.springframework.dao.DuplicateKeyException when an import key already
	 * exists, e.g. the same file imported twice at once
	 */
	@Transactional
	public void importConnections(long ownerId, List<ImportedConnection> newContacts,
			List<ContactImportUpdate> updates) {
		if (!newContacts.isEmpty()) {
			this.imports.insert(ownerId, newContacts, this.clock.instant());
		}
		Map<Long, Object[]> jobsBefore = new HashMap<>();
		if (!updates.isEmpty()) {
			this.contacts.findJobsOf(ownerId, updates.stream().map(ContactImportUpdate::contactId).toList())
				.forEach(row -> jobsBefore.put((Long) row[0], row));
		}
		List<ContactImportUpdate> applied = new ArrayList<>(updates.size());
		List<ContactCompanyImported> newJobs = new ArrayList<>();
		for (ContactImportUpdate update : updates) {
			Object[] jobBefore = jobsBefore.get(update.contactId());
			String before = (jobBefore != null) ? (String) jobBefore[1] : null;
			if (before != null && update.company() != null && !before.equalsIgnoreCase(update.company())) {
				// a new company is a proposed new job, not a silent edit: the contact
				// keeps what the user
				// sees until they log the job (adoptImportedJob) or dismiss it; the
				// imported values are
				// remembered, so the next import of the same file proposes nothing again
				applied.add(update.holdingJob(before, (String) jobBefore[2]));
				newJobs.add(new ContactCompanyImported(ownerId, update.contactId(), before, update.company()));
			}
			else {
				applied.add(update);
			}
		}
		if (!applied.isEmpty() && this.imports.update(ownerId, applied) != applied.size()) {
			throw new StaleEditException("Contact", applied.get(0).contactId());
		}
		newJobs.forEach(this.events::publishEvent);
	}

	/**
	 * The user accepted an import's proposed new job: the company and position that
	 * import brought replace the ones the contact kept meanwhile.
	 * @throws NotFoundException when the contact is not the owner's
	 */
	@Transactional
	public void adoptImportedJob(long ownerId, long contactId) {
		if (!this.imports.adoptImportedJob(ownerId, contactId)) {
			throw new NotFoundException("Contact", contactId);
		}
	}

	private Contact load(long ownerId, long contactId) {
		return this.contacts.findByIdAndOwnerId(contactId, ownerId)
			.orElseThrow(() -> new NotFoundException("Contact", contactId));
	}

	private static Contact.Details clean(ContactCommand form) {
		String linkedinUrl = blankToNull(form.linkedinUrl());
		String safeLinkedinUrl = WebLinks.toHttps(linkedinUrl);
		if (linkedinUrl != null && safeLinkedinUrl == null) {
			throw new InvalidContactException("linkedinUrl", "contact.linkedinUrl.invalid");
		}
		return new Contact.Details(form.firstName().trim(), blankToNull(form.lastName()), blankToNull(form.email()),
				blankToNull(form.phone()), blankToNull(form.company()), blankToNull(form.position()),
				blankToNull(form.location()), safeLinkedinUrl, blankToNull(form.howWeMet()), blankToNull(form.notes()),
				form.knownSince(), form.noSuggest(), cleanTags(form.tags()), checkedRhythm(form.rhythmDays()),
				blankToNull(form.lookingFor()), blankToNull(form.canHelpWith()));
	}

	private static Integer checkedRhythm(Integer days) {
		if (days != null && Rhythm.ofDays(days).isEmpty()) {
			throw new InvalidContactException("rhythmDays", "contact.rhythmDays.invalid");
		}
		return days;
	}

	private static YearlyDate birthdayOf(ContactCommand form) {
		String text = blankToNull(form.birthday());
		if (text == null) {
			return null;
		}
		return YearlyDate.parse(text).orElseThrow(() -> new InvalidContactException("birthday", "dates.date.invalid"));
	}

	/**
	 * Today where the day has begun first: the owner's time zone is not known here, and a
	 * birthday entered on the day itself must never count as "in the future".
	 */
	private LocalDate latestToday() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.MAX));
	}

	/**
	 * Trimmed, without empty or case-insensitively repeated tags; too many or too long is
	 * an error.
	 */
	static Set<String> cleanTags(Set<String> tags) {
		Set<String> parsed = new LinkedHashSet<>();
		Set<String> seen = new HashSet<>();
		for (String raw : tags) {
			String tag = raw == null ? "" : raw.trim();
			if (tag.isEmpty()) {
				continue;
			}
			if (tag.contains(",")) {
				// The form edits tags as one comma-separated text, so a comma could not
				// survive an edit.
				throw new InvalidContactException("tags", "contact.tags.comma");
			}
			if (tag.length() > ContactLimits.TAG) {
				throw new InvalidContactException("tags", "contact.tags.tooLong", ContactLimits.TAG);
			}
			if (seen.add(tag.toLowerCase(Locale.ROOT))) {
				parsed.add(tag);
			}
		}
		if (parsed.size() > MAX_TAGS) {
			throw new InvalidContactException("tags", "contact.tags.tooMany", MAX_TAGS);
		}
		return parsed;
	}

	static String likePattern(String text) {
		String trimmed = blankToNull(text);
		if (trimmed == null) {
			return null;
		}
		String escaped = trimmed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/**
	 * The text as names' sort keys, to find it in the stored keys whatever its accents,
	 * case or punctuation; null when nothing of it is left (only punctuation). Each word
	 * is folded on its own and the words are matched in order, so "lucia alvarez" finds
	 * "Lucía Álvarez" in "lucia alvarez" (the two keys with a space between), while "ab"
	 * no longer finds "Anna Bell" across the end of one key and the start of the next. A
	 * key has only letters and digits, so nothing needs escaping.
	 */
	static String foldedPattern(String text) {
		String trimmed = blankToNull(text);
		if (trimmed == null) {
			return null;
		}
		List<String> keys = Arrays.stream(trimmed.split("\\s+"))
			.map(NameSortKey::of)
			.filter(key -> !key.isEmpty())
			.toList();
		return keys.isEmpty() ? null : "%" + String.join("%", keys) + "%";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static ContactRef refOf(Contact contact) {
		return new ContactRef(contact.getId(), contact.displayName());
	}

	private static ContactSummary summaryOf(Contact contact) {
		return new ContactSummary(contact.getId(), contact.displayName(), contact.getCompany(), contact.getPosition(),
				contact.getEmail(), contact.getTags(), contact.getLastInteractionOn(), contact.getConnectedOn(),
				contact.isArchived());
	}

	private static ContactDetails detailsOf(Contact contact, YearlyDate birthday) {
		return new ContactDetails(contact.getId(), contact.getFirstName(), contact.getLastName(), contact.displayName(),
				contact.getEmail(), contact.getPhone(), contact.getCompany(), contact.getPosition(),
				contact.getLocation(), contact.getLinkedinUrl(), contact.getHowWeMet(), contact.getNotes(), birthday,
				contact.getKnownSince(), contact.getConnectedOn(), contact.isNoSuggest(), contact.isArchived(),
				contact.getTags(), contact.getLastInteractionOn(), contact.getVersion(), contact.getRhythmDays(),
				contact.getLookingFor(), contact.getCanHelpWith());
	}

}
