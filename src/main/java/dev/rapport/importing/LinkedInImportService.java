package dev.rapport.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import dev.rapport.contact.ContactService;
import dev.rapport.importing.PendingImports.Claim;
import dev.rapport.importing.PendingImports.PendingImport;
import dev.rapport.importing.internal.ImportRecord;
import dev.rapport.importing.internal.ImportRecordRepository;
import dev.rapport.importing.linkedin.ConnectionsFileSummary;
import dev.rapport.importing.linkedin.LinkedInConnectionsReader;
import dev.rapport.importing.linkedin.LinkedInFileException;
import dev.rapport.shared.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports LinkedIn connections in three steps: {@link #stage} keeps the uploaded file,
 * {@link #preview} says what importing it would do, {@link #commit} does exactly that in
 * one transaction and records it. A file LinkedIn did not write is rejected by preview
 * and commit alike, and then nothing is written.
 */
@Service
public class LinkedInImportService {

	static final int HISTORY_SHOWN = 20;

	private static final int FILE_NAME_LENGTH = 255;

	private final ContactService contacts;

	private final PendingImports pending;

	private final ImportRecordRepository records;

	private final ImportingProperties properties;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate readWrite;

	LinkedInImportService(ContactService contacts, PendingImports pending, ImportRecordRepository records,
			ImportingProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.contacts = contacts;
		this.pending = pending;
		this.records = records;
		this.properties = properties;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readWrite = new TransactionTemplate(transactions);
	}

	/**
	 * Keeps an uploaded file for preview and commit.
	 * @return the token that names the pending import
	 * @throws UploadTooLargeException when the file is larger than the limit; nothing is
	 * kept
	 */
	public String stage(long ownerId, String fileName, InputStream content) {
		try {
			return this.pending.store(ownerId, shortFileName(fileName), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What committing the pending import would do. Writes nothing.
	 * @throws LinkedInFileException when the file is not a LinkedIn connections export;
	 * the pending import is then discarded
	 * @throws PendingImportNotFoundException unless the owner has a pending import with
	 * this token
	 */
	public ImportPreview preview(long ownerId, String token) {
		return preview(ownerId, token, PreviewPages.SAMPLE);
	}

	/** {@link #preview(long, String)} listing these pages of each section's rows. */
	public ImportPreview preview(long ownerId, String token, PreviewPages pages) {
		PendingImport upload = this.pending.find(ownerId, token);
		try {
			ImportRun.Outcome outcome = this.readOnly.execute(status -> run(ownerId, upload, null, pages));
			return new ImportPreview(token, upload.fileName(), outcome.file().generation(), outcome.created(),
					outcome.updated(), outcome.unchanged(), outcome.skipped(), outcome.createdRows(),
					outcome.updatedRows(), outcome.unchangedRows(), outcome.skippedRows());
		}
		catch (LinkedInFileException ex) {
			this.pending.remove(upload);
			throw ex;
		}
	}

	/**
	 * Imports the pending file in one transaction and records it. Submitting the same
	 * token again returns the first commit's record and writes nothing.
	 * @throws LinkedInFileException when the file is not a LinkedIn connections export
	 * @throws PendingImportNotFoundException unless the owner has a pending import with
	 * this token
	 * @throws org.springframework.dao.DataIntegrityViolationException when another import
	 * of the same people ran at the same time; nothing was written
	 */
	public ImportSummary commit(long ownerId, String token) {
		Claim claim = this.pending.claim(ownerId, token);
		if (claim.pending() == null) {
			return record(ownerId, claim.recordId());
		}
		return commitClaimed(ownerId, claim.pending()).summary();
	}

	/**
	 * Uploads, reads and imports a file in one step, with the very reading and matching
	 * of {@link #preview} and {@link #commit}: a dry run says what importing would do and
	 * writes nothing; otherwise the import runs in one transaction and is recorded.
	 * @throws UploadTooLargeException when the file is larger than the limit; nothing is
	 * kept
	 * @throws ImportFileRejectedException when the file is not a LinkedIn connections
	 * export; nothing is written
	 * @throws org.springframework.dao.DataIntegrityViolationException when another import
	 * of the same people ran at the same time; nothing was written
	 */
	public ImportReport importFile(long ownerId, String fileName, InputStream content, boolean dryRun) {
		String token = stageForThisRequest(ownerId, fileName, content);
		try {
			if (dryRun) {
				ImportPreview preview = preview(ownerId, token);
				return new ImportReport(null, preview.fileName(), preview.created(), preview.updated(),
						preview.unchanged(), preview.skipped(), preview.skippedRows());
			}
			Claim claim = this.pending.claim(ownerId, token);
			Committed committed = commitClaimed(ownerId, claim.pending());
			ImportSummary summary = committed.summary();
			return new ImportReport(summary.id(), summary.fileName(), summary.created(), summary.updated(),
					summary.unchanged(), summary.skipped(), committed.outcome().skippedRows());
		}
		catch (LinkedInFileException ex) {
			throw new ImportFileRejectedException(ex);
		}
		finally {
			this.pending.forgetUncommitted(ownerId, token);
		}
	}

	/**
	 * Keeps an upload that this request reads and forgets again (see
	 * {@link PendingImports#storeForThisRequest}).
	 * @throws UploadTooLargeException when the file is larger than the limit; nothing is
	 * kept
	 */
	String stageForThisRequest(long ownerId, String fileName, InputStream content) {
		try {
			return this.pending.storeForThisRequest(ownerId, shortFileName(fileName), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Committed commitClaimed(long ownerId, PendingImport upload) {
		Committed committed;
		try {
			committed = this.readWrite.execute(status -> {
				ImportRun.Outcome outcome = run(ownerId, upload,
						(newContacts, updates) -> this.contacts.importConnections(ownerId, newContacts, updates),
						PreviewPages.SAMPLE);
				ImportRecord record = this.records
					.save(new ImportRecord(ownerId, upload.fileName(), this.clock.instant(), outcome.created(),
							outcome.updated(), outcome.unchanged(), outcome.skipped()));
				// In the importing transaction: the contacts and "this token is done"
				// land together.
				this.pending.committed(upload, record.getId());
				return new Committed(summaryOf(record), outcome);
			});
		}
		catch (LinkedInFileException ex) {
			this.pending.remove(upload);
			throw ex;
		}
		catch (RuntimeException ex) {
			this.pending.restore(upload);
			throw ex;
		}
		return committed;
	}

	/** Drops a pending import without importing it. */
	public void discard(long ownerId, String token) {
		this.pending.remove(this.pending.find(ownerId, token));
	}

	/** The owner's latest imports, newest first. */
	public List<ImportSummary> history(long ownerId) {
		return this.records.findByOwnerIdOrderByImportedAtDescIdDesc(ownerId, PageRequest.of(0, HISTORY_SHOWN))
			.map(LinkedInImportService::summaryOf)
			.getContent();
	}

	public ImportSummary record(long ownerId, long recordId) {
		return this.records.findByIdAndOwnerId(recordId, ownerId)
			.map(LinkedInImportService::summaryOf)
			.orElseThrow(() -> new NotFoundException("Import", recordId));
	}

	public ImportingProperties limits() {
		return this.properties;
	}

	private ImportRun.Outcome run(long ownerId, PendingImport upload, ImportRun.Writer writer, PreviewPages pages) {
		ImportRun run = new ImportRun(this.contacts.importCandidates(ownerId), writer, pages);
		LinkedInConnectionsReader reader = new LinkedInConnectionsReader(this.properties.maxRows());
		try (InputStream in = this.pending.open(upload)) {
			ConnectionsFileSummary file = reader.read(in, run);
			return run.finish(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A commit's record and what it found in the file. */
	private record Committed(ImportSummary summary, ImportRun.Outcome outcome) {
	}

	private static String shortFileName(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "Connections.csv" : fileName.strip();
		// Some browsers send the client's path; only the name means anything here.
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return ImportedConnections.cut(name.isEmpty() ? "Connections.csv" : name, FILE_NAME_LENGTH);
	}

	private static ImportSummary summaryOf(ImportRecord record) {
		return new ImportSummary(record.getId(), record.getFileName(), record.getImportedAt(), record.getCreated(),
				record.getUpdated(), record.getUnchanged(), record.getSkipped());
	}

}
