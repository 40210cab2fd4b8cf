package dev.rapport.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.rapport.contact.ContactImportUpdate;
import dev.rapport.contact.ImportedConnection;
import dev.rapport.contact.ImportedContact;
import dev.rapport.importing.ImportRow.SkipReason;
import dev.rapport.importing.linkedin.ConnectionRow;
import dev.rapport.importing.linkedin.ConnectionsFileSummary;

/**
 * Decides, row by row as the reader streams them, what importing a file does: create a
 * contact, refresh a matched one, leave it unchanged, or skip a repeated person. The
 * preview runs it without a writer; the commit runs it with one that writes each chunk of
 * decisions, so both always agree. Memory is the key of each person seen, not the file.
 */
final class ImportRun implements Consumer<ConnectionRow> {

	/**
	 * Rows written per batch call: big enough for JDBC batching, small enough to stay
	 * lean.
	 */
	static final int CHUNK = 1_000;

	/** Writes one chunk of decisions; the commit's transaction spans all chunks. */
	interface Writer {

		void write(List<ImportedConnection> newContacts, List<ContactImportUpdate> updates);

	}

	private final Map<String, ImportedContact> existing;

	private final Writer writer;

	private final Map<String, Integer> firstLineOfKey = new HashMap<>();

	private final List<ImportedConnection> pendingCreates = new ArrayList<>();

	private final List<ContactImportUpdate> pendingUpdates = new ArrayList<>();

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

	private int duplicates;

	private int tooLong;

	/**
	 * @param candidates the owner's contacts an import can match
	 * @param writer where decisions go, or {@code null} for a preview
	 * @param pages which rows of each section to keep for showing
	 */
	ImportRun(List<ImportedContact> candidates, Writer writer, PreviewPages pages) {
		this.createdRows = pages.window(pages.created());
		this.updatedRows = pages.window(pages.updated());
		this.unchangedRows = pages.window(pages.unchanged());
		this.skippedPage = pages.window(pages.skipped());
		this.existing = byImportKey(candidates);
		this.writer = writer;
	}

	/**
	 * Contacts by the key a row must have to match them. A hand-made contact matches by
	 * its normalised LinkedIn URL, the key a row with that URL has, and is linked by the
	 * commit; a contact that already carries a key wins over a hand-made one with the
	 * same URL, and among hand-made ones the oldest.
	 */
	private static Map<String, ImportedContact> byImportKey(List<ImportedContact> candidates) {
		Map<String, ImportedContact> byKey = new HashMap<>();
		candidates.stream()
			.filter(contact -> contact.importKey() == null)
			.sorted(Comparator.comparingLong(ImportedContact::id))
			.forEach(contact -> ImportedConnections.keyOfProfileUrl(contact.linkedinUrl())
				.ifPresent(key -> byKey.putIfAbsent(key, contact)));
		candidates.stream()
			.filter(contact -> contact.importKey() != null)
			.forEach(contact -> byKey.put(contact.importKey(), contact));
		return byKey;
	}

	@Override
	public void accept(ConnectionRow row) {
		if (ImportedConnections.hasCellTooLong(row)) {
			this.tooLong++;
			this.skippedRows.add(new ImportRow(row.lineNumber(),
					ImportedConnections.cut(String.join(" ", blankIfNull(row.firstName()), blankIfNull(row.lastName())),
							ImportedConnections.NAME_LENGTH),
					null, null, null, null, SkipReason.TOO_LONG, 0));
			return;
		}
		ImportedConnection connection = ImportedConnections.of(row);
		Integer firstLine = this.firstLineOfKey.putIfAbsent(connection.importKey(), row.lineNumber());
		if (firstLine != null) {
			this.duplicates++;
			this.skippedRows.add(new ImportRow(row.lineNumber(), nameOf(connection), connection.company(),
					connection.position(), null, null, SkipReason.DUPLICATE, firstLine));
			return;
		}
		ImportedContact match = this.existing.get(connection.importKey());
		if (match == null) {
			this.created++;
			this.createdRows.offer(rowOf(row, connection));
			this.pendingCreates.add(connection);
		}
		else {
			Optional<ContactImportUpdate> update = match.refreshWith(connection);
			if (update.isPresent()) {
				this.updated++;
				this.updatedRows.offer(new ImportRow(row.lineNumber(), nameOf(connection), update.get().company(),
						update.get().position(), match.company(), match.position(), null, 0));
				this.pendingUpdates.add(update.get());
			}
			else {
				this.unchanged++;
				this.unchangedRows.offer(rowOf(row, connection));
			}
		}
		if (this.pendingCreates.size() + this.pendingUpdates.size() >= CHUNK) {
			flush();
		}
	}

	/** Writes what is left and says what the whole file came to. */
	Outcome finish(ConnectionsFileSummary file) {
		flush();
		int skipped = this.duplicates + this.tooLong + file.hiddenMembersSkipped();
		List<ImportRow> skippedRows = this.skippedPage.pageOf(Stream
			.concat(this.skippedRows.stream(),
					file.hiddenMemberLines()
						.stream()
						.map(line -> new ImportRow(line, null, null, null, null, null, SkipReason.HIDDEN_MEMBER, 0)))
			.toList(), Comparator.comparingInt(ImportRow::lineNumber));
		return new Outcome(file, this.created, this.updated, this.unchanged, skipped, this.createdRows.rows(),
				this.updatedRows.rows(), this.unchangedRows.rows(), skippedRows);
	}

	private void flush() {
		if (this.writer != null && (!this.pendingCreates.isEmpty() || !this.pendingUpdates.isEmpty())) {
			this.writer.write(List.copyOf(this.pendingCreates), List.copyOf(this.pendingUpdates));
		}
		this.pendingCreates.clear();
		this.pendingUpdates.clear();
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text;
	}

	private static ImportRow rowOf(ConnectionRow row, ImportedConnection connection) {
		return new ImportRow(row.lineNumber(), nameOf(connection), connection.company(), connection.position(), null,
				null, null, 0);
	}

	private static String nameOf(ImportedConnection connection) {
		return (connection.lastName() == null) ? connection.firstName()
				: connection.firstName() + " " + connection.lastName();
	}

	/** The counts and sample rows of a whole file. */
	record Outcome(ConnectionsFileSummary file, int created, int updated, int unchanged, int skipped,
			List<ImportRow> createdRows, List<ImportRow> updatedRows, List<ImportRow> unchangedRows,
			List<ImportRow> skippedRows) {
	}

}
