package dev.rapport.interaction;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.contact.ContactRef;

/**
 * An interaction as pages and the API show it. {@code planned} is true for a future date.
 */
public record InteractionView(long id, LocalDate date, InteractionKind kind, Direction direction,
		List<ContactRef> participants, String summary, String notes, boolean planned, long version) {

	public List<Long> participantIds() {
		return this.participants.stream().map(ContactRef::id).toList();
	}

	/**
	 * Everyone in it but {@code contactId} (on that contact's own timeline); everyone
	 * when null.
	 */
	public List<ContactRef> participantsOtherThan(Long contactId) {
		return (contactId == null) ? this.participants
				: this.participants.stream().filter(person -> person.id() != contactId).toList();
	}

	public InteractionForm toForm() {
		return new InteractionForm(this.date, this.kind, this.direction, participantIds(), this.summary, this.notes,
				this.version);
	}

}
