package dev.rapport.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rapport.contact.internal.AddressBookRows;
import dev.rapport.contact.internal.ContactSource;
import dev.rapport.contact.internal.PhotoConversions;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What address books add to a contact: several labelled emails and phones, postal
 * addresses and a photo; and the bulk reads and writes an address-book import needs.
 * Every method is scoped to one owner.
 */
@Service
@Transactional(readOnly = true)
public class AddressBookContacts {

	private final AddressBookRows rows;

	private final ContactService contacts;

	private final PhotoConversions photos;

	private final Clock clock;

	AddressBookContacts(AddressBookRows rows, ContactService contacts, PhotoConversions photos, Clock clock) {
		this.rows = rows;
		this.contacts = contacts;
		this.photos = photos;
		this.clock = clock;
	}

	/** Every contact of the owner as an import matches and completes it. */
	public List<ExistingCard> existing(long ownerId) {
		return this.rows.existingOf(ownerId);
	}

	/**
	 * Starts turning a photo that is going to be written into an avatar, on the photo
	 * pool, so the import's thread goes on reading and matching meanwhile. {@code null}
	 * (no photo) costs nothing.
	 */
	public AvatarConversion startAvatar(byte[] photo) {
		return (photo == null) ? AvatarConversion.NONE : new AvatarConversion(this.photos.avatarOf(photo));
	}

	/**
	 * Creates contacts from address-book cards and completes matched ones, in batches;
	 * callers import a file in one transaction, calling this once per chunk. Each card's
	 * photo comes as the conversion {@link #startAvatar} started for it, awaited here; an
	 * unreadable photo is dropped, never the person.
	 * @param newAvatars the photo of each of {@code newContacts}, in their order
	 * @param updateAvatars the photo of each of {@code updates}, in their order
	 * @param restored whether the cards come from a backup (they are then not "imported,
	 * no history")
	 * @return the ids of the created contacts, in the order of {@code newContacts}
	 * @throws StaleEditException when a contact to complete changed since it was read
	 */
	@Transactional
	public List<Long> importCards(long ownerId, List<ContactCard> newContacts, List<AvatarConversion> newAvatars,
			List<CardUpdate> updates, List<AvatarConversion> updateAvatars, boolean restored) {
		if (newAvatars.size() != newContacts.size() || updateAvatars.size() != updates.size()) {
			throw new IllegalArgumentException("One avatar conversion per card");
		}
		List<Long> ids = List.of();
		if (!newContacts.isEmpty()) {
			ids = this.rows.insert(ownerId, (restored ? ContactSource.BACKUP : ContactSource.ADDRESS_BOOK).name(),
					newContacts, awaited(newAvatars), this.clock.instant());
		}
		if (!updates.isEmpty()) {
			if (this.rows.update(ownerId, updates, awaited(updateAvatars)) != updates.size()) {
				throw new StaleEditException("Contact", updates.get(0).contactId());
			}
		}
		return ids;
	}

	/**
	 * {@link #importCards(long, List, List, List, List, boolean)} for cards whose photos
	 * are not converting yet: they start here, all at once.
	 */
	@Transactional
	public List<Long> importCards(long ownerId, List<ContactCard> newContacts, List<CardUpdate> updates,
			boolean restored) {
		return importCards(ownerId, newContacts, newContacts.stream().map(card -> startAvatar(card.photo())).toList(),
				updates, updates.stream().map(update -> startAvatar(update.photo())).toList(), restored);
	}

	/** The contact's emails, phones and addresses, the primary email and phone first. */
	public ContactChannels channels(long ownerId, long contactId) {
		ContactDetails contact = this.contacts.get(ownerId, contactId);
		return new ContactChannels(withPrimary(contact.email(), this.rows.emailsOf(ownerId, contactId)),
				withPrimary(contact.phone(), this.rows.phonesOf(ownerId, contactId)),
				this.rows.addressesOf(ownerId, contactId), this.rows.hasPhoto(ownerId, contactId));
	}

	/**
	 * Emails and phones of many contacts (the primary ones first), e.g. for a page of the
	 * API.
	 */
	public Map<Long, ContactChannels> channels(long ownerId, Collection<ContactDetails> contacts) {
		List<Long> ids = contacts.stream().map(ContactDetails::id).toList();
		Map<Long, List<LabelledValue>> emails = this.rows.emailsOf(ownerId, ids);
		Map<Long, List<LabelledValue>> phones = this.rows.phonesOf(ownerId, ids);
		Map<Long, ContactChannels> channels = new HashMap<>();
		for (ContactDetails contact : contacts) {
			channels.put(contact.id(),
					new ContactChannels(withPrimary(contact.email(), emails.getOrDefault(contact.id(), List.of())),
							withPrimary(contact.phone(), phones.getOrDefault(contact.id(), List.of())), List.of(),
							false));
		}
		return channels;
	}

	/** Which of the owner's contacts among these have a photo, for their avatars. */
	public Set<Long> withPhotos(long ownerId, Collection<Long> contactIds) {
		return this.rows.withPhotos(ownerId, contactIds);
	}

	/** The contact's photo as a small JPEG. */
	public Optional<byte[]> photo(long ownerId, long contactId) {
		if (!this.contacts.exists(ownerId, contactId)) {
			throw new NotFoundException("Contact", contactId);
		}
		return this.rows.photoOf(ownerId, contactId);
	}

	private static List<byte[]> awaited(List<AvatarConversion> conversions) {
		List<byte[]> avatars = new ArrayList<>(conversions.size());
		conversions.forEach(conversion -> avatars.add(conversion.avatar()));
		return avatars;
	}

	/**
	 * The primary value first with the label it was imported with; then the others. A
	 * primary typed by hand that no import knows comes first without a label.
	 */
	static List<LabelledValue> withPrimary(String primary, List<LabelledValue> all) {
		if (primary == null) {
			return all;
		}
		List<LabelledValue> ordered = new ArrayList<>(all.size() + 1);
		LabelledValue first = all.stream()
			.filter(value -> value.value().equalsIgnoreCase(primary))
			.findFirst()
			.orElse(new LabelledValue(null, primary));
		ordered.add(first);
		all.stream().filter(value -> !value.value().equalsIgnoreCase(primary)).forEach(ordered::add);
		return ordered;
	}

}
