package dev.rapport.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import dev.rapport.contact.internal.AddressBookRows;
import dev.rapport.contact.internal.Contact;
import dev.rapport.contact.internal.ContactRepository;
import dev.rapport.contact.internal.MergeRows;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.StaleEditException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two contacts of one owner that are the same person: the kept contact takes the
 * value the user chose for each field, everything that can be combined is combined (tags,
 * emails, phones, addresses, dates), every other module moves its rows (interactions,
 * follow-ups, This week, life events, ...) through {@link ContactsMerging}, the other
 * contact is deleted and the kept contact's score is recomputed ({@link ContactsMerged}).
 * All in one transaction: a failure anywhere leaves both contacts as they were.
 */
@Service
@Transactional(readOnly = true)
public class ContactMergeService {

	/**
	 * The longest notes and "how we met" the contact form accepts; "keep both" must fit.
	 */
	static final int MAX_NOTES = ContactLimits.NOTES;

	static final int MAX_HOW_WE_MET = ContactLimits.HOW_WE_MET;

	static final String BOTH_SEPARATOR = "\n\n";

	private final ContactRepository contacts;

	private final ContactService contactService;

	private final ImportantDateService dates;

	private final AddressBookRows addressBooks;

	private final MergeRows rows;

	private final ApplicationEventPublisher events;

	ContactMergeService(ContactRepository contacts, ContactService contactService, ImportantDateService dates,
			AddressBookRows addressBooks, MergeRows rows, ApplicationEventPublisher events) {
		this.contacts = contacts;
		this.contactService = contactService;
		this.dates = dates;
		this.addressBooks = addressBooks;
		this.rows = rows;
		this.events = events;
	}

	/**
	 * Both contacts side by side and what merging {@code otherId} into {@code keptId}
	 * would take.
	 * @throws NotFoundException when either is not the owner's
	 * @throws InvalidContactException when both ids are the same contact
	 */
	public MergePreview preview(long ownerId, long keptId, long otherId) {
		checkDistinct(keptId, otherId);
		ContactDetails kept = this.contactService.get(ownerId, keptId);
		ContactDetails other = this.contactService.get(ownerId, otherId);
		ContactChannels keptChannels = channelsOf(ownerId, kept);
		ContactChannels otherChannels = channelsOf(ownerId, other);
		List<MergePreview.FieldValues> fields = new ArrayList<>();
		for (MergeField field : MergeField.values()) {
			String keptText = textOf(field, kept, keptChannels);
			String otherText = textOf(field, other, otherChannels);
			boolean choice = keptText != null && otherText != null && !same(field, keptText, otherText);
			MergeSide suggested = (choice && field.canKeepBoth()) ? MergeSide.BOTH
					: (keptText == null && otherText != null) ? MergeSide.OTHER : MergeSide.KEPT;
			fields.add(new MergePreview.FieldValues(field, keptText, otherText, choice, suggested));
		}
		return new MergePreview(kept, other, keptChannels, otherChannels, fields,
				List.copyOf(combinedTags(kept.tags(), other.tags())));
	}

	/**
	 * Merges {@code otherId} into {@code keptId}; afterwards {@code otherId} no longer
	 * exists.
	 * @param keptVersion the version of the kept contact the user saw, or null not to
	 * check
	 * @param otherVersion the version of the other contact the user saw, or null not to
	 * check
	 * @param today the owner's today
	 * @throws NotFoundException when either is not the owner's
	 * @throws InvalidContactException when both ids are the same contact, or "keep both"
	 * does not fit
	 * @throws StaleEditException when either contact changed since the user saw it
	 */
	@Transactional
	public void merge(long ownerId, long keptId, long otherId, MergeChoices choices, Long keptVersion,
			Long otherVersion, LocalDate today) {
		checkDistinct(keptId, otherId);
		Contact kept = load(ownerId, keptId);
		Contact other = load(ownerId, otherId);
		StaleEditException.check("Contact", keptId, keptVersion, kept.getVersion());
		StaleEditException.check("Contact", otherId, otherVersion, other.getVersion());
		ContactDetails keptDetails = this.contactService.get(ownerId, keptId);
		ContactDetails otherDetails = this.contactService.get(ownerId, otherId);
		ContactChannels keptChannels = channelsOf(ownerId, keptDetails);
		ContactChannels otherChannels = channelsOf(ownerId, otherDetails);

		boolean otherName = side(choices, MergeField.NAME, "x", "x") == MergeSide.OTHER;
		String email = pick(choices, MergeField.EMAIL, kept.getEmail(), other.getEmail());
		String phone = pick(choices, MergeField.PHONE, kept.getPhone(), other.getPhone());
		Contact.Details details = new Contact.Details(otherName ? other.getFirstName() : kept.getFirstName(),
				otherName ? other.getLastName() : kept.getLastName(), email, phone,
				pick(choices, MergeField.COMPANY, kept.getCompany(), other.getCompany()),
				pick(choices, MergeField.POSITION, kept.getPosition(), other.getPosition()),
				pick(choices, MergeField.LOCATION, kept.getLocation(), other.getLocation()),
				pick(choices, MergeField.LINKEDIN_URL, kept.getLinkedinUrl(), other.getLinkedinUrl()),
				pickText(choices, MergeField.HOW_WE_MET, kept.getHowWeMet(), other.getHowWeMet(), MAX_HOW_WE_MET,
						"howWeMet"),
				pickText(choices, MergeField.NOTES, kept.getNotes(), other.getNotes(), MAX_NOTES, "notes"),
				pick(choices, MergeField.KNOWN_SINCE, kept.getKnownSince(), other.getKnownSince()),
				kept.isNoSuggest() || other.isNoSuggest(), combinedTags(kept.getTags(), other.getTags()),
				pick(choices, MergeField.RHYTHM, kept.getRhythmDays(), other.getRhythmDays()),
				pick(choices, MergeField.LOOKING_FOR, kept.getLookingFor(), other.getLookingFor()),
				pick(choices, MergeField.CAN_HELP_WITH, kept.getCanHelpWith(), other.getCanHelpWith()));
		kept.edit(details);
		kept.connectedOn(earliest(kept.getConnectedOn(), other.getConnectedOn()));
		this.contacts.flush();

		// Every email and phone of both stays on the kept contact, the chosen ones as
		// primary.
		this.rows.replaceEmails(ownerId, keptId,
				combined(keptChannels.emails(), otherChannels.emails(), value -> value.toLowerCase(Locale.ROOT)));
		this.rows.replacePhones(ownerId, keptId,
				combined(keptChannels.phones(), otherChannels.phones(), PhoneNumbers::matchKey));
		this.rows.moveAddresses(ownerId, keptId, otherId);
		this.rows.movePhoto(ownerId, keptId, otherId, side(choices, MergeField.PHOTO,
				keptChannels.hasPhoto() ? "x" : null, otherChannels.hasPhoto() ? "x" : null) == MergeSide.OTHER);
		// Both birthdays were accepted once, so neither lies in the future: no "today" to
		// check against.
		this.dates.setBirthday(ownerId, keptId,
				pick(choices, MergeField.BIRTHDAY, keptDetails.birthday(), otherDetails.birthday()), LocalDate.MAX);
		this.rows.moveDates(ownerId, keptId, otherId);
		this.rows.moveImportKeys(ownerId, keptId, otherId);

		this.events.publishEvent(new ContactsMerging(ownerId, keptId, otherId, today));
		this.contacts.delete(other);
		this.contacts.flush();
		this.events.publishEvent(new ContactDeleted(ownerId, otherId));
		this.events.publishEvent(new ContactsMerged(ownerId, keptId, otherId));
	}

	private Contact load(long ownerId, long contactId) {
		return this.contacts.findByIdAndOwnerId(contactId, ownerId)
			.orElseThrow(() -> new NotFoundException("Contact", contactId));
	}

	private ContactChannels channelsOf(long ownerId, ContactDetails contact) {
		return new ContactChannels(
				AddressBookContacts.withPrimary(contact.email(), this.addressBooks.emailsOf(ownerId, contact.id())),
				AddressBookContacts.withPrimary(contact.phone(), this.addressBooks.phonesOf(ownerId, contact.id())),
				this.addressBooks.addressesOf(ownerId, contact.id()),
				this.addressBooks.hasPhoto(ownerId, contact.id()));
	}

	private static void checkDistinct(long keptId, long otherId) {
		if (keptId == otherId) {
			throw new InvalidContactException("otherId", "duplicates.sameContact");
		}
	}

	/**
	 * The side a field takes: the chosen one where both have a value; otherwise whichever
	 * has one (choosing an empty value never empties a field the other contact fills).
	 */
	private static MergeSide side(MergeChoices choices, MergeField field, Object keptValue, Object otherValue) {
		if (keptValue == null) {
			return (otherValue == null) ? MergeSide.KEPT : MergeSide.OTHER;
		}
		if (otherValue == null) {
			return MergeSide.KEPT;
		}
		MergeSide chosen = choices.sideOf(field);
		if (chosen == MergeSide.BOTH && !field.canKeepBoth()) {
			throw new InvalidContactException("fields." + field.name(), "merge.bothNotAllowed");
		}
		return (chosen == null) ? (field.canKeepBoth() ? MergeSide.BOTH : MergeSide.KEPT) : chosen;
	}

	private static <T> T pick(MergeChoices choices, MergeField field, T keptValue, T otherValue) {
		return (side(choices, field, keptValue, otherValue) == MergeSide.OTHER) ? otherValue : keptValue;
	}

	/**
	 * Free text: "both" joins the two, unless they are the same or one already contains
	 * the other.
	 */
	private static String pickText(MergeChoices choices, MergeField field, String keptValue, String otherValue,
			int maxLength, String formField) {
		MergeSide side = side(choices, field, keptValue, otherValue);
		if (side != MergeSide.BOTH) {
			return (side == MergeSide.OTHER) ? otherValue : keptValue;
		}
		if (keptValue.contains(otherValue)) {
			return keptValue;
		}
		if (otherValue.contains(keptValue)) {
			return otherValue;
		}
		String both = keptValue + BOTH_SEPARATOR + otherValue;
		if (both.length() > maxLength) {
			throw new InvalidContactException("fields." + field.name(), "merge.bothTooLong");
		}
		return both;
	}

	private static LocalDate earliest(LocalDate first, LocalDate second) {
		if (first == null || second == null) {
			return (first == null) ? second : first;
		}
		return first.isBefore(second) ? first : second;
	}

	/** Tags of both, each once whatever its case, the kept contact's spelling first. */
	static Set<String> combinedTags(List<String> kept, List<String> other) {
		Set<String> seen = new HashSet<>();
		Set<String> tags = new LinkedHashSet<>();
		for (String tag : kept) {
			if (seen.add(tag.toLowerCase(Locale.ROOT))) {
				tags.add(tag);
			}
		}
		for (String tag : other) {
			if (seen.add(tag.toLowerCase(Locale.ROOT))) {
				tags.add(tag);
			}
		}
		return tags;
	}

	/**
	 * Values of both, each once (compared by {@code key}), the kept contact's first with
	 * their labels.
	 */
	static List<LabelledValue> combined(List<LabelledValue> kept, List<LabelledValue> other,
			Function<String, String> key) {
		Set<String> seen = new HashSet<>();
		List<LabelledValue> all = new ArrayList<>();
		for (LabelledValue value : kept) {
			if (seen.add(key.apply(value.value()))) {
				all.add(value);
			}
		}
		for (LabelledValue value : other) {
			if (seen.add(key.apply(value.value()))) {
				all.add(value);
			}
		}
		return all;
	}

	private static String textOf(MergeField field, ContactDetails contact, ContactChannels channels) {
		return switch (field) {
			case NAME -> contact.displayName();
			case EMAIL -> contact.email();
			case PHONE -> contact.phone();
			case COMPANY -> contact.company();
			case POSITION -> contact.position();
			case LOCATION -> contact.location();
			case LINKEDIN_URL -> contact.linkedinUrl();
			case BIRTHDAY -> (contact.birthday() == null) ? null : contact.birthday().toString();
			case KNOWN_SINCE -> (contact.knownSince() == null) ? null : contact.knownSince().toString();
			case HOW_WE_MET -> contact.howWeMet();
			case NOTES -> contact.notes();
			case RHYTHM -> (contact.rhythmDays() == null) ? null : contact.rhythmDays().toString();
			case LOOKING_FOR -> contact.lookingFor();
			case CAN_HELP_WITH -> contact.canHelpWith();
			case PHOTO -> channels.hasPhoto() ? "/contacts/" + contact.id() + "/photo" : null;
		};
	}

	private static boolean same(MergeField field, String kept, String other) {
		if (field == MergeField.PHOTO) {
			return false;
		}
		if (field == MergeField.PHONE) {
			return PhoneNumbers.matchKey(kept).equals(PhoneNumbers.matchKey(other));
		}
		if (field == MergeField.EMAIL) {
			return kept.equalsIgnoreCase(other);
		}
		return kept.equals(other);
	}

}
