package dev.rapport.reconnect;

import java.time.LocalDate;

import dev.rapport.contact.ContactRef;

import org.jspecify.annotations.Nullable;

/**
 * One person on a week's list as pages show it; {@code hasPhoto} says whether the contact
 * has a photo from an address book, which the avatar shows instead of the initials.
 */
public record SuggestionView(long id, ContactRef contact, boolean hasPhoto, SuggestionBucket bucket, int rank,
		String reason, SuggestionStatus status, @Nullable LocalDate statusChangedOn) {

	public boolean open() {
		return this.status.isOpen();
	}

}
