package dev.rapport.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.rapport.contact.internal.Contact;
import dev.rapport.contact.internal.ContactRepository;
import dev.rapport.contact.internal.ContactSource;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.StaleEditException;
import dev.rapport.shared.WebLinks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts of one owner: every method takes the owner's id and never touches anyone else's rows.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

	static final int MAX_TAGS = 20;

	static final int MAX_TAG_LENGTH = 50;

	private final ContactRepository contacts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContactService(ContactRepository contacts, ApplicationEventPublisher events, Clock clock) {
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
	}

	public Page<ContactSummary> list(long ownerId, ContactQuery query, Pageable pageable) {
		Sort sort = switch (query.sort() == null ? ContactSort.NAME : query.sort()) {
			case NAME -> Sort.by(Sort.Order.asc("firstName").ignoreCase(), Sort.Order.asc("lastName").ignoreCase(),
					Sort.Order.asc("id"));
			case LAST_INTERACTION -> Sort.by(Sort.Order.desc("lastInteractionOn").nullsLast(),
					Sort.Order.asc("firstName").ignoreCase(), Sort.Order.asc("id"));
		};
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
		String tag = blankToNull(query.tag());
		return this.contacts.search(ownerId, query.archived(), likePattern(query.text()), tag, sorted)
			.map(ContactService::summaryOf);
	}

	public ContactDetails get(long ownerId, long contactId) {
		return detailsOf(load(ownerId, contactId));
	}

	public boolean exists(long ownerId, long contactId) {
		return this.contacts.existsByIdAndOwnerId(contactId, ownerId);
	}

	/** Names of the given contacts that belong to the owner; other ids are silently absent. */
	public Map<Long, ContactRef> refs(long ownerId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return this.contacts.findAllOfOwner(ownerId, contactIds)
			.stream()
			.map(ContactService::refOf)
			.collect(Collectors.toMap(ContactRef::id, Function.identity()));
	}

	/** Every active contact of the owner, by name, for pickers. */
	public List<ContactRef> activeContacts(long ownerId) {
		return this.contacts.findActiveOf(ownerId).stream().map(ContactService::refOf).toList();
	}

	/** "Known since" dates the owner entered, by contact id; contacts without one are absent. */
	public Map<Long, LocalDate> knownSinceDates(long ownerId) {
		return this.contacts.findKnownSinceOf(ownerId)
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (LocalDate) row[1]));
	}

	/** Ids of the owner's contacts that may be suggested: neither archived nor marked "don't suggest". */
	public Set<Long> suggestableIds(long ownerId) {
		return Set.copyOf(this.contacts.findSuggestableIdsOf(ownerId));
	}

	/** Up to {@code limit} active contacts whose name, company or email contains {@code text}, by name. */
	public List<ContactRef> search(long ownerId, String text, int limit) {
		return list(ownerId, new ContactQuery(text, null, false, ContactSort.NAME), PageRequest.of(0, limit))
			.map(summary -> new ContactRef(summary.id(), summary.displayName()))
			.getContent();
	}

	/** How many contacts the owner has, archived ones included. */
	public long count(long ownerId) {
		return this.contacts.countByOwnerId(ownerId);
	}

	public List<String> tags(long ownerId) {
		return this.contacts.findTagsOf(ownerId);
	}

	/**
	 * @throws InvalidContactException when a field breaks a rule the annotations cannot express
	 */
	@Transactional
	public long create(long ownerId, ContactForm form) {
		Contact contact = new Contact(ownerId, ContactSource.MANUAL, this.clock.instant());
		contact.edit(clean(form));
		return this.contacts.save(contact).getId();
	}

	/**
	 * @throws StaleEditException when the contact changed since the form was rendered
	 */
	@Transactional
	public void update(long ownerId, long contactId, ContactForm form) {
		Contact contact = load(ownerId, contactId);
		StaleEditException.check("Contact", contactId, form.version(), contact.getVersion());
		contact.edit(clean(form));
	}

	@Transactional
	public void archive(long ownerId, long contactId) {
		load(ownerId, contactId).archive();
	}

	@Transactional
	public void unarchive(long ownerId, long contactId) {
		load(ownerId, contactId).unarchive();
	}

	@Transactional
	public void stopSuggesting(long ownerId, long contactId) {
		load(ownerId, contactId).stopSuggesting();
	}

	@Transactional
	public void delete(long ownerId, long contactId) {
		Contact contact = load(ownerId, contactId);
		this.contacts.delete(contact);
		this.contacts.flush();
		this.events.publishEvent(new ContactDeleted(ownerId, contactId));
	}

	/**
	 * Keeps the "last interaction" column the list sorts by in step with the interactions module,
	 * which calls this whenever a contact's past interactions change.
	 */
	@Transactional
	public void recordLastInteraction(long ownerId, long contactId, LocalDate lastInteractionOn) {
		this.contacts.findByIdAndOwnerId(contactId, ownerId)
			.ifPresent(contact -> contact.lastInteractionOn(lastInteractionOn));
	}

	private Contact load(long ownerId, long contactId) {
		return this.contacts.findByIdAndOwnerId(contactId, ownerId)
			.orElseThrow(() -> new NotFoundException("Contact", contactId));
	}

	private static Contact.Details clean(ContactForm form) {
		String linkedinUrl = blankToNull(form.linkedinUrl());
		String safeLinkedinUrl = WebLinks.toHttps(linkedinUrl);
		if (linkedinUrl != null && safeLinkedinUrl == null) {
			throw new InvalidContactException("linkedinUrl", "contact.linkedinUrl.invalid");
		}
		return new Contact.Details(form.firstName().trim(), blankToNull(form.lastName()), blankToNull(form.email()),
				blankToNull(form.phone()), blankToNull(form.company()), blankToNull(form.position()),
				blankToNull(form.location()), safeLinkedinUrl, blankToNull(form.howWeMet()),
				blankToNull(form.notes()), form.birthday(), form.knownSince(), form.suggestionsOff(),
				parseTags(form.tags()));
	}

	static Set<String> parseTags(String tags) {
		Set<String> parsed = new LinkedHashSet<>();
		Set<String> seen = new java.util.HashSet<>();
		if (tags == null) {
			return parsed;
		}
		for (String raw : tags.split(",")) {
			String tag = raw.trim();
			if (tag.isEmpty()) {
				continue;
			}
			if (tag.length() > MAX_TAG_LENGTH) {
				throw new InvalidContactException("tags", "contact.tags.tooLong");
			}
			if (seen.add(tag.toLowerCase(Locale.ROOT))) {
				parsed.add(tag);
			}
		}
		if (parsed.size() > MAX_TAGS) {
			throw new InvalidContactException("tags", "contact.tags.tooMany");
		}
		return parsed;
	}

	static String likePattern(String text) {
		String trimmed = blankToNull(text);
		if (trimmed == null) {
			return null;
		}
		String escaped = trimmed.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static ContactRef refOf(Contact contact) {
		return new ContactRef(contact.getId(), contact.displayName());
	}

	private static ContactSummary summaryOf(Contact contact) {
		return new ContactSummary(contact.getId(), contact.displayName(), contact.getCompany(),
				contact.getPosition(), contact.getEmail(), contact.getTags(), contact.getLastInteractionOn(),
				contact.getConnectedOn(), contact.isArchived());
	}

	private static ContactDetails detailsOf(Contact contact) {
		return new ContactDetails(contact.getId(), contact.getFirstName(), contact.getLastName(),
				contact.displayName(), contact.getEmail(), contact.getPhone(), contact.getCompany(),
				contact.getPosition(), contact.getLocation(), contact.getLinkedinUrl(), contact.getHowWeMet(),
				contact.getNotes(), contact.getBirthday(), contact.getKnownSince(), contact.getConnectedOn(),
				contact.isNoSuggest(), contact.isArchived(), contact.getTags(), contact.getLastInteractionOn(),
				contact.getVersion());
	}

}
