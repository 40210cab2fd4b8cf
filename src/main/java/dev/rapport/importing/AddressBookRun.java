package dev.rapport.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.rapport.contact.CardUpdate;
import dev.rapport.contact.ContactCard;
import dev.rapport.contact.ExistingCard;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.PhoneNumbers;
import dev.rapport.importing.ImportRow.SkipReason;
import dev.rapport.importing.addressbook.ReadCard;
import dev.rapport.importing.linkedin.ProfileUrls;

/**
 * Decides, card by card as the reader streams them, what importing an address book does: create a
 * contact, complete a matched one, leave it unchanged, or skip the entry. A card matches a contact by
 * the source's own id (vCard {@code UID}) first, then by any email, then any phone, then the LinkedIn
 * URL; the same person twice in one file is imported once. The preview runs it without a writer, the
 * commit with one, so both always agree.
 */
final class AddressBookRun implements Consumer<ReadCard> {

	static final int CHUNK = 1_000;

	/** Writes one chunk of decisions; the commit's transaction spans all chunks. */
	interface Writer {

		void write(List<ContactCard> newContacts, List<CardUpdate> updates);

	}

	private final Writer writer;

	private final Map<String, Target> byUid = new HashMap<>();

	private final Map<String, Target> byEmail = new HashMap<>();

	private final Map<String, Target> byPhone = new HashMap<>();

	private final Map<String, Target> byLinkedin = new HashMap<>();

	private final List<ContactCard> pendingCreates = new ArrayList<>();

	private final List<CardUpdate> pendingUpdates = new ArrayList<>();

	private final List<ImportRow> createdRows = new ArrayList<>();

	private final List<ImportRow> updatedRows = new ArrayList<>();

	private final List<ImportRow> unchangedRows = new ArrayList<>();

	private final List<ImportRow> skippedRows = new ArrayList<>();

	private int created;

	private int updated;

	private int unchanged;

	private int skipped;

	/**
	 * @param existing the owner's contacts
	 * @param writer where decisions go, or {@code null} for a preview
	 */
	AddressBookRun(List<ExistingCard> existing, Writer writer) {
		this.writer = writer;
		// Oldest first wins a shared key: the contact the user has had longest is the one to complete.
		for (ExistingCard contact : existing) {
			index(new Target(contact, 0), contact.sourceUid(), contact.emails(), contact.phones(),
					contact.linkedinUrl());
		}
	}

	@Override
	public void accept(ReadCard read) {
		if (read.card() == null) {
			this.skipped++;
			sample(this.skippedRows, new ImportRow(read.line(), null, null, null, null, null,
					SkipReason.NO_NAME_OR_CONTACT, 0));
			return;
		}
		ContactCard card = read.card();
		Target match = find(card);
		if (match != null && match.firstLine() > 0) {
			this.skipped++;
			sample(this.skippedRows, new ImportRow(read.line(), card.displayName(), card.company(), card.position(),
					null, null, SkipReason.DUPLICATE, match.firstLine()));
			return;
		}
		if (match == null) {
			this.created++;
			sample(this.createdRows, rowOf(read.line(), card));
			this.pendingCreates.add(card);
			index(new Target(null, read.line()), card.sourceUid(),
					card.emails().stream().map(LabelledValue::value).toList(),
					card.phones().stream().map(LabelledValue::value).toList(), card.linkedinUrl());
		}
		else {
			ExistingCard contact = match.contact();
			Optional<CardUpdate> update = contact.fillWith(card);
			// Later cards of the file matching the same contact are repeats of this person.
			match.firstLine = read.line();
			index(match, card.sourceUid(), card.emails().stream().map(LabelledValue::value).toList(),
					card.phones().stream().map(LabelledValue::value).toList(), card.linkedinUrl());
			if (update.isPresent()) {
				this.updated++;
				sample(this.updatedRows, new ImportRow(read.line(), contact.displayName(), card.company(),
						card.position(), contact.company(), contact.position(), null, 0));
				this.pendingUpdates.add(update.get());
			}
			else {
				this.unchanged++;
				sample(this.unchangedRows, rowOf(read.line(), card));
			}
		}
		if (this.pendingCreates.size() + this.pendingUpdates.size() >= CHUNK) {
			flush();
		}
	}

	AddressBookRun.Outcome finish() {
		flush();
		List<ImportRow> skippedSample = this.skippedRows.stream()
			.sorted(java.util.Comparator.comparingInt(ImportRow::lineNumber))
			.toList();
		return new Outcome(this.created, this.updated, this.unchanged, this.skipped, List.copyOf(this.createdRows),
				List.copyOf(this.updatedRows), List.copyOf(this.unchangedRows), skippedSample);
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

	private void flush() {
		if (this.writer != null && (!this.pendingCreates.isEmpty() || !this.pendingUpdates.isEmpty())) {
			this.writer.write(List.copyOf(this.pendingCreates), List.copyOf(this.pendingUpdates));
		}
		this.pendingCreates.clear();
		this.pendingUpdates.clear();
	}

	private static void sample(List<ImportRow> rows, ImportRow row) {
		if (rows.size() < ImportPreview.ROWS_SHOWN) {
			rows.add(row);
		}
	}

	private static ImportRow rowOf(int line, ContactCard card) {
		return new ImportRow(line, card.displayName(), card.company(), card.position(), null, null, null, 0);
	}

	/**
	 * A contact a card can match: an existing one ({@code firstLine} 0 until a card of this file
	 * matched it), or one this file creates ({@code contact} null).
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
