package dev.rapport.contact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an address-book import needs to know about an existing contact to match and
 * complete it.
 *
 * @param emails every email the contact has (the primary one first), as stored
 * @param phones every phone number the contact has (the primary one first), as stored
 * @param tags the contact's tags in lower case
 * @param dateKeys {@link CardDate#matchKey()} of the contact's dates besides the birthday
 */
public record ExistingCard(long id, long version, String sourceUid, String displayName, String email, String phone,
		String company, String position, String linkedinUrl, String notes, boolean hasBirthday, boolean hasPhoto,
		List<String> emails, List<String> phones, int addressCount, Set<String> tags, Set<String> dateKeys) {

	public ExistingCard {
		dateKeys = (dateKeys == null) ? Set.of() : Set.copyOf(dateKeys);
	}

	/** A contact without dates besides the birthday. */
	public ExistingCard(long id, long version, String sourceUid, String displayName, String email, String phone,
			String company, String position, String linkedinUrl, String notes, boolean hasBirthday, boolean hasPhoto,
			List<String> emails, List<String> phones, int addressCount, Set<String> tags) {
		this(id, version, sourceUid, displayName, email, phone, company, position, linkedinUrl, notes, hasBirthday,
				hasPhoto, emails, phones, addressCount, tags, Set.of());
	}

	/** How many tags a contact may have, as on the form. */
	public static final int MAX_TAGS = ContactService.MAX_TAGS;

	/**
	 * What importing {@code card} would add here: only what is empty (a primary email or
	 * phone, company, position, LinkedIn URL, notes, birthday, photo, addresses when
	 * there are none) and what is missing (further emails and phones, tags). Nothing the
	 * contact holds is overwritten.
	 */
	public Optional<CardUpdate> fillWith(ContactCard card) {
		List<LabelledValue> newEmails = new ArrayList<>();
		for (LabelledValue email : card.emails()) {
			if (this.emails.stream().noneMatch(known -> known.equalsIgnoreCase(email.value()))
					&& newEmails.stream().noneMatch(added -> added.value().equalsIgnoreCase(email.value()))) {
				newEmails.add(email);
			}
		}
		List<LabelledValue> newPhones = new ArrayList<>();
		for (LabelledValue phone : card.phones()) {
			String digits = PhoneNumbers.matchKey(phone.value());
			if (this.phones.stream().noneMatch(known -> PhoneNumbers.matchKey(known).equals(digits))
					&& newPhones.stream().noneMatch(added -> PhoneNumbers.matchKey(added.value()).equals(digits))) {
				newPhones.add(phone);
			}
		}
		List<String> newTags = new ArrayList<>();
		for (String tag : card.tags()) {
			String lower = tag.toLowerCase(Locale.ROOT);
			if (!this.tags.contains(lower) && this.tags.size() + newTags.size() < MAX_TAGS
					&& newTags.stream().noneMatch(added -> added.equalsIgnoreCase(tag))) {
				newTags.add(tag);
			}
		}
		List<CardDate> newDates = new ArrayList<>();
		Set<String> seenDates = new HashSet<>(this.dateKeys);
		for (CardDate date : card.dates()) {
			if (seenDates.add(date.matchKey())) {
				newDates.add(date);
			}
		}
		CardUpdate update = new CardUpdate(this.id, this.version, emptyOr(this.sourceUid, card.sourceUid()),
				emptyOr(this.email, card.primaryEmail()), emptyOr(this.phone, card.primaryPhone()),
				emptyOr(this.company, card.company()), emptyOr(this.position, card.position()),
				emptyOr(this.linkedinUrl, card.linkedinUrl()), emptyOr(this.notes, card.notes()),
				this.hasBirthday ? null : card.birthday(), this.hasBirthday ? null : card.birthdayWithoutYear(),
				newEmails, newPhones, (this.addressCount == 0) ? card.addresses() : List.of(), newTags,
				this.hasPhoto ? null : card.photo(), newDates);
		return update.changesAnything() ? Optional.of(update) : Optional.empty();
	}

	private static <T> T emptyOr(T current, T imported) {
		return (current == null) ? imported : null;
	}

}
