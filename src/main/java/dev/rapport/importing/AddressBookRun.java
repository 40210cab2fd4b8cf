package dev.rapport.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.rapport.contact.AvatarConversion;
import dev.rapport.contact.CardUpdate;
import dev.rapport.contact.ContactCard;
import dev.rapport.contact.ExistingCard;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.PhoneNumbers;
import dev.rapport.importing.ImportRow.SkipReason;
import dev.rapport.importing.addressbook.ReadCard;
import dev.rapport.importing.linkedin.ProfileUrls;

/**
 * Decides, card by card as the reader streams them, what importing an address book does:
 * create a contact, complete a matched one, leave it unchanged, or skip the entry. A card
 * matches a contact by the source's own id (vCard {@code UID}) first, then by any email,
 * then any phone, then the LinkedIn URL; the same person twice in one file is imported
 * once. The preview runs it without a writer, the commit with one, so both always agree.
 * <p>
 * A commit starts converting a card's photo as soon as the card is decided, and writes a
 * chunk only when the next one is complete (or the file ends): the photos of a chunk are
 * converted on the photo pool while this thread reads the next chunk and writes the one
 * before. At most two chunks wait to be written.
 */
final class AddressBookRun implements Consumer<ReadCard> {

	static final int CHUNK = 1_000;

	/** Writes chunks of decisions; the commit's transaction spans all chunks. */
	interface Writer {

		/**
		 * Starts converting the photo of a card that will be written (called in the order
		 * the cards are decided, before their chunk is written).
		 */
		AvatarConversion startAvatar(byte[] photo);

		void write(Chunk chunk);

	}

	/**
	 * Contacts to create and to complete, each with the conversion of its photo (the
	 * lists of a kind in the same order).
	 */
	record Chunk(List<ContactCard> newContacts, List<AvatarConversion> newAvatars, List<CardUpdate> updates,
			List<AvatarConversion> updateAvatars) {
	}

	private final Writer writer;

	private final Map<String, Target> byUid = new HashMap<>();

	private final Map<String, Target> byEmail = new HashMap<>();

	private final Map<String, Target> byPhone = new HashMap<>();

	private final Map<String, Target> byLinkedin = new HashMap<>();

	private final List<ContactCard> pendingCreates = new ArrayList<>();

	private final List<AvatarConversion> pendingCreateAvatars = new ArrayList<>();

	private final List<CardUpdate> pendingUpdates = new ArrayList<>();

	private final List<AvatarConversion> pendingUpdateAvatars = new ArrayList<>();

	/**
	 * The last complete chunk, written when the next one is complete so its photos
	 * convert meanwhile; {@code null} when none waits.
	 */
	private Chunk unwritten;

	private final PreviewPages.Window createdRows;

	private final PreviewPages.Window updatedRows;

	private final PreviewPages.Window unchangedRows;

	/**
	 * Every skipped row (sorted by line before paging): hidden members arrive apart from
	 * the rest.
	 */
	private final List<ImportRow> skippedRows = new ArrayList<>();

	private final PreviewPages.Window skippedPage;

	private int created;

	private int updated;

	private int unchanged;

	private int skipped;

	/**
	 * @param existing the owner's contacts
	 * @param writer where decisions go, or {@code null} for a preview
	 * @param pages which rows of each section to keep for showing
	 */
	AddressBookRun(List<ExistingCard> existing, Writer writer, PreviewPages pages) {
		this.createdRows = pages.window(pages.created());
		this.updatedRows = pages.window(pages.updated());
		this.unchangedRows = pages.window(pages.unchanged());
		this.skippedPage = pages.window(pages.skipped());
		this.writer = writer;
		// Oldest first wins a shared key: the contact the user has had longest is the one
		// to complete.
		for (ExistingCard contact : existing) {
			index(new Target(contact, 0), contact.sourceUid(), contact.emails(), contact.phones(),
					contact.linkedinUrl());
		}
	}

	@Override
	public void accept(ReadCard read) {
		if (read.card() == null) {
			this.skipped++;
			this.skippedRows
				.add(new ImportRow(read.line(), null, null, null, null, null, SkipReason.NO_NAME_OR_CONTACT, 0));
			return;
		}
		ContactCard card = read.card();
		Target match = find(card);
		if (match != null && match.firstLine() > 0) {
			this.skipped++;
			this.skippedRows.add(new ImportRow(read.line(), card.displayName(), card.company(), card.position(), null,
					null, SkipReason.DUPLICATE, match.firstLine()));
			return;
		}
		if (match == null) {
			this.created++;
			this.createdRows.offer(rowOf(read.line(), card));
			this.pendingCreates.add(card);
			if (this.writer != null) {
				this.pendingCreateAvatars.add(this.writer.startAvatar(card.photo()));
			}
			index(new Target(null, read.line()), card.sourceUid(),
					card.emails().stream().map(LabelledValue::value).toList(),
					card.phones().stream().map(LabelledValue::value).toList(), card.linkedinUrl());
		}
		else {
			ExistingCard contact = match.contact();
			Optional<CardUpdate> update = contact.fillWith(card);
			// Later cards of the file matching the same contact are repeats of this
			// person.
			match.firstLine = read.line();
			index(match, card.sourceUid(), card.emails().stream().map(LabelledValue::value).toList(),
					card.phones().stream().map(LabelledValue::value).toList(), card.linkedinUrl());
			if (update.isPresent()) {
				this.updated++;
				this.updatedRows.offer(new ImportRow(read.line(), contact.displayName(), card.company(),
						card.position(), contact.company(), contact.position(), null, 0));
				this.pendingUpdates.add(update.get());
				if (this.writer != null) {
					this.pendingUpdateAvatars.add(this.writer.startAvatar(update.get().photo()));
				}
			}
			else {
				this.unchanged++;
				this.unchangedRows.offer(rowOf(read.line(), card));
			}
		}
		if (this.pendingCreates.size() + this.pendingUpdates.size() >= CHUNK) {
			flush();
		}
	}

	AddressBookRun.Outcome finish() {
		flush();
		writeUnwritten();
		List<ImportRow> skippedSample = this.skippedPage.pageOf(this.skippedRows,
				Comparator.comparingInt(ImportRow::lineNumber));
		return new Outcome(this.created, this.updated, this.unchanged, this.skipped, this.createdRows.rows(),
				this.updatedRows.rows(), this.unchangedRows.rows(), skippedSample);
	}

	private Target find(ContactCard card) {
		if (card.sourceUid() != null) {
			Target byUid = this.byUid.get(card.sourceUid());
			if (byUid != null) {
				return byUid;
			}
		}
		for (LabelledValue email : card.emails()) {
			Target target = this.byEmail.get(email.value().toLowerCase(Locale.ROOT));
			if (target != null) {
				return target;
			}
		}
		for (LabelledValue phone : card.phones()) {
			Target target = this.byPhone.get(PhoneNumbers.matchKey(phone.value()));
			if (target != null) {
				return target;
			}
		}
		String linkedin = ProfileUrls.normalise(card.linkedinUrl());
		return (linkedin != null) ? this.byLinkedin.get(linkedin) : null;
	}

	private void index(Target target, String uid, List<String> emails, List<String> phones, String linkedinUrl) {
		if (uid != null) {
			this.byUid.putIfAbsent(uid, target);
		}
		emails.forEach(email -> this.byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), target));
		phones.stream()
			.map(PhoneNumbers::matchKey)
			.filter(key -> !key.isEmpty())
			.forEach(key -> this.byPhone.putIfAbsent(key, target));
		String linkedin = ProfileUrls.normalise(linkedinUrl);
		if (linkedin != null) {
			this.byLinkedin.putIfAbsent(linkedin, target);
		}
	}

	/**
	 * Hands the pending decisions over as a chunk: the chunk before it is written now,
	 * this one when the next is complete.
	 */
	private void flush() {
		if (this.writer != null && (!this.pendingCreates.isEmpty() || !this.pendingUpdates.isEmpty())) {
			Chunk chunk = new Chunk(List.copyOf(this.pendingCreates), List.copyOf(this.pendingCreateAvatars),
					List.copyOf(this.pendingUpdates), List.copyOf(this.pendingUpdateAvatars));
			writeUnwritten();
			this.unwritten = chunk;
		}
		this.pendingCreates.clear();
		this.pendingCreateAvatars.clear();
		this.pendingUpdates.clear();
		this.pendingUpdateAvatars.clear();
	}

	private void writeUnwritten() {
		if (this.unwritten != null) {
			Chunk chunk = this.unwritten;
			this.unwritten = null;
			this.writer.write(chunk);
		}
	}

	private static ImportRow rowOf(int line, ContactCard card) {
		return new ImportRow(line, card.displayName(), card.company(), card.position(), null, null, null, 0);
	}

	/**
	 * A contact a card can match: an existing one ({@code firstLine} 0 until a card of
	 * this file matched it), or one this file creates ({@code contact} null).
	 */
	private static final class Target {

		private final ExistingCard contact;

		private int firstLine;

		Target(ExistingCard contact, int firstLine) {
			this.contact = contact;
			this.firstLine = firstLine;
		}

		ExistingCard contact() {
			return this.contact;
		}

		int firstLine() {
			return this.firstLine;
		}

	}

	record Outcome(int created, int updated, int unchanged, int skipped, List<ImportRow> createdRows,
			List<ImportRow> updatedRows, List<ImportRow> unchangedRows, List<ImportRow> skippedRows) {
	}

}
