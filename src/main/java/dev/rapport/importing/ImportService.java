package dev.rapport.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.rapport.contact.AddressBookContacts;
import dev.rapport.contact.AvatarConversion;
import dev.rapport.importing.PendingImports.Claim;
import dev.rapport.importing.PendingImports.PendingImport;
import dev.rapport.importing.addressbook.AddressBookFileException;
import dev.rapport.importing.addressbook.AddressBookReader;
import dev.rapport.importing.addressbook.TextFile;
import dev.rapport.importing.backup.BackupRestorer;
import dev.rapport.importing.internal.ImportRecord;
import dev.rapport.importing.internal.ImportRecordRepository;
import dev.rapport.importing.linkedin.LinkedInFileException;
import dev.rapport.scoring.ScoringService;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.storage.LargeTransactions;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import for every file: it recognises the file by its content (LinkedIn's
 * {@code Connections.csv}, a vCard file, a Google or Outlook CSV export, a Rapport
 * backup) and runs the same three steps for all of them: {@link #stage} keeps the upload,
 * {@link #preview} says what importing it would do, {@link #commit} does exactly that in
 * one transaction and records it. LinkedIn files go through
 * {@link LinkedInImportService}, whose rules they keep. A file that cannot be read is
 * rejected by preview and commit alike, and then nothing is written.
 */
@Service
public class ImportService {

	private final LinkedInImportService linkedIn;

	private final AddressBookContacts contacts;

	private final PendingImports pending;

	private final ImportRecordRepository records;

	private final ImportingProperties properties;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate readWrite;

	private final BackupRestorer restorer;

	private final ScoringService scoring;

	private final LargeTransactions largeTransactions;

	ImportService(LinkedInImportService linkedIn, AddressBookContacts contacts, PendingImports pending,
			ImportRecordRepository records, ImportingProperties properties, Clock clock,
			PlatformTransactionManager transactions, BackupRestorer restorer, ScoringService scoring,
			LargeTransactions largeTransactions) {
		this.restorer = restorer;
		this.largeTransactions = largeTransactions;
		this.scoring = scoring;
		this.linkedIn = linkedIn;
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
	 * @throws UploadTooLargeException when the file is larger than the limit; nothing is
	 * kept
	 */
	public String stage(long ownerId, String fileName, InputStream content) {
		return this.linkedIn.stage(ownerId, fileName, content);
	}

	/**
	 * What committing the pending import would do. Writes nothing.
	 * @throws LinkedInFileException when a LinkedIn file is broken, and
	 * {@link AddressBookFileException} when any other file cannot be read; the pending
	 * import is then discarded
	 * @throws PendingImportNotFoundException unless the owner has a pending import with
	 * this token
	 */
	public ImportPreview preview(long ownerId, String token) {
		return preview(ownerId, token, PreviewPages.SAMPLE);
	}

	/**
	 * {@link #preview(long, String)} listing these pages of each section's rows (the
	 * preview page pages through them).
	 */
	public ImportPreview preview(long ownerId, String token, PreviewPages pages) {
		PendingImport upload = this.pending.find(ownerId, token);
		try (StagedFile staged = stagedCopyOf(upload)) {
			return preview(ownerId, token, upload, staged, pages);
		}
	}

	private ImportPreview preview(long ownerId, String token, PendingImport upload, StagedFile staged,
			PreviewPages pages) {
		ImportFormat format = formatOf(upload, staged);
		if (format == ImportFormat.LINKEDIN) {
			return this.linkedIn.preview(ownerId, token, pages);
		}
		try {
			if (format == ImportFormat.RAPPORT_BACKUP) {
				// The preview is the restore itself, rolled back: it cannot disagree with
				// the commit.
				BackupRestorer.Restored restored = this.readWrite.execute(status -> {
					status.setRollbackOnly();
					return restore(ownerId, staged);
				});
				return new ImportPreview(token, upload.fileName(), null, restored.contacts(), 0, 0, 0, List.of(),
						List.of(), List.of(), List.of(), format);
			}
			AddressBookRun.Outcome outcome = this.readOnly.execute(status -> run(ownerId, staged, format, null, pages));
			return new ImportPreview(token, upload.fileName(), null, outcome.created(), outcome.updated(),
					outcome.unchanged(), outcome.skipped(), outcome.createdRows(), outcome.updatedRows(),
					outcome.unchangedRows(), outcome.skippedRows(), format);
		}
		catch (AddressBookFileException ex) {
			this.pending.remove(upload);
			throw ex;
		}
	}

	/**
	 * Imports the pending file in one transaction and records it. Submitting the same
	 * token again returns the first commit's record and writes nothing.
	 * @throws PendingImportNotFoundException unless the owner has a pending import with
	 * this token
	 */
	public ImportSummary commit(long ownerId, String token) {
		// A token already committed has no upload left to read: answer its record.
		Optional<Long> recorded = this.pending.committedRecord(ownerId, token);
		if (recorded.isPresent()) {
			return record(ownerId, recorded.get());
		}
		PendingImport upload = this.pending.find(ownerId, token);
		try (StagedFile staged = stagedCopyOf(upload)) {
			ImportFormat format = formatOf(upload, staged);
			if (format == ImportFormat.LINKEDIN) {
				return record(ownerId, this.linkedIn.commit(ownerId, token).id());
			}
			Claim claim = this.pending.claim(ownerId, token);
			if (claim.pending() == null) {
				return record(ownerId, claim.recordId());
			}
			return commitClaimed(ownerId, claim.pending(), staged, format).summary();
		}
	}

	/**
	 * Uploads, reads and imports a file in one step, with the very reading and matching
	 * of {@link #preview} and {@link #commit}: a dry run writes nothing.
	 * @throws UploadTooLargeException when the file is larger than the limit; nothing is
	 * kept
	 * @throws ImportFileRejectedException when the file cannot be read; nothing is
	 * written
	 */
	public ImportReport importFile(long ownerId, String fileName, InputStream content, boolean dryRun) {
		String token = this.linkedIn.stageForThisRequest(ownerId, fileName, content);
		try {
			PendingImport upload = this.pending.find(ownerId, token);
			try (StagedFile staged = stagedCopyOf(upload)) {
				ImportFormat format;
				try {
					format = formatOf(upload, staged);
				}
				catch (AddressBookFileException ex) {
					throw new ImportFileRejectedException(ex);
				}
				if (format == ImportFormat.LINKEDIN) {
					try (InputStream in = Files.newInputStream(staged.path())) {
						return this.linkedIn.importFile(ownerId, fileName, in, dryRun);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
				if (dryRun) {
					ImportPreview preview = preview(ownerId, token, upload, staged, PreviewPages.SAMPLE);
					return new ImportReport(null, preview.fileName(), preview.created(), preview.updated(),
							preview.unchanged(), preview.skipped(), preview.skippedRows(), format);
				}
				Claim claim = this.pending.claim(ownerId, token);
				Committed committed = commitClaimed(ownerId, claim.pending(), staged, format);
				ImportSummary summary = committed.summary();
				return new ImportReport(summary.id(), summary.fileName(), summary.created(), summary.updated(),
						summary.unchanged(), summary.skipped(), committed.outcome().skippedRows(), format);
			}
		}
		catch (AddressBookFileException ex) {
			throw new ImportFileRejectedException(ex);
		}
		finally {
			this.pending.forgetUncommitted(ownerId, token);
		}
	}

	/** Drops a pending import without importing it. */
	public void discard(long ownerId, String token) {
		this.linkedIn.discard(ownerId, token);
	}

	/** The owner's latest imports of any format, newest first. */
	public List<ImportSummary> history(long ownerId) {
		return this.records
			.findByOwnerIdOrderByImportedAtDescIdDesc(ownerId, PageRequest.of(0, LinkedInImportService.HISTORY_SHOWN))
			.map(ImportService::summaryOf)
			.getContent();
	}

	public ImportSummary record(long ownerId, long recordId) {
		return this.records.findByIdAndOwnerId(recordId, ownerId)
			.map(ImportService::summaryOf)
			.orElseThrow(() -> new NotFoundException("Import", recordId));
	}

	public ImportingProperties limits() {
		return this.properties;
	}

	private Committed commitClaimed(long ownerId, PendingImport upload, StagedFile staged, ImportFormat format) {
		Committed committed;
		try {
			committed = this.readWrite.execute(status -> {
				AddressBookRun.Outcome outcome = (format == ImportFormat.RAPPORT_BACKUP)
						? restored(restore(ownerId, staged))
						: run(ownerId, staged, format, writerFor(ownerId), PreviewPages.SAMPLE);
				ImportRecord record = this.records
					.save(new ImportRecord(ownerId, upload.fileName(), this.clock.instant(), outcome.created(),
							outcome.updated(), outcome.unchanged(), outcome.skipped(), format.name()));
				// In the importing transaction: the contacts and "this token is done"
				// land together, so a commit retried after a crash answers this record.
				this.pending.committed(upload, record.getId());
				return new Committed(summaryOf(record), outcome);
			});
		}
		catch (AddressBookFileException ex) {
			this.pending.remove(upload);
			throw ex;
		}
		catch (RuntimeException ex) {
			this.pending.restore(upload);
			throw ex;
		}
		if (format == ImportFormat.RAPPORT_BACKUP) {
			this.scoring.recomputeAll(ownerId);
		}
		return committed;
	}

	/**
	 * Writes a commit's chunks, each followed by a spill of the transaction's pages; the
	 * photos convert on the photo pool from the moment their card is decided.
	 */
	private AddressBookRun.Writer writerFor(long ownerId) {
		return new AddressBookRun.Writer() {

			@Override
			public AvatarConversion startAvatar(byte[] photo) {
				return ImportService.this.contacts.startAvatar(photo);
			}

			@Override
			public void write(AddressBookRun.Chunk chunk) {
				ImportService.this.contacts.importCards(ownerId, chunk.newContacts(), chunk.newAvatars(),
						chunk.updates(), chunk.updateAvatars(), false);
				ImportService.this.largeTransactions.spill();
			}

		};
	}

	private BackupRestorer.Restored restore(long ownerId, StagedFile staged) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(staged.path()))) {
			return this.restorer.restore(ownerId, in, this.properties.maxRows());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static AddressBookRun.Outcome restored(BackupRestorer.Restored restored) {
		return new AddressBookRun.Outcome(restored.contacts(), 0, 0, 0, List.of(), List.of(), List.of(), List.of());
	}

	private AddressBookRun.Outcome run(long ownerId, StagedFile staged, ImportFormat format,
			AddressBookRun.Writer writer, PreviewPages pages) {
		AddressBookRun run = new AddressBookRun(this.contacts.existing(ownerId), writer, pages);
		try {
			new AddressBookReader(this.properties.maxRows()).read(staged.text(), format, run);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return run.finish();
	}

	/**
	 * @throws AddressBookFileException when the file is of no format the import knows;
	 * the pending import is then discarded
	 */
	private ImportFormat formatOf(PendingImport upload, StagedFile staged) {
		try {
			return staged.text().format();
		}
		catch (AddressBookFileException ex) {
			this.pending.remove(upload);
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The pending upload (kept in the database) as a temp file, for readers that pass
	 * over it more than once: copied once per preview or commit, and its encoding checked
	 * once.
	 */
	private StagedFile stagedCopyOf(PendingImport upload) {
		try {
			Path file = Files.createTempFile("rapport-import-", ".upload");
			try (InputStream in = this.pending.open(upload)) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(file);
				throw ex;
			}
			return new StagedFile(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A temp copy of an upload, deleted on close; its text (encoding found) read on first
	 * use.
	 */
	private static final class StagedFile implements AutoCloseable {

		private final Path path;

		private TextFile text;

		StagedFile(Path path) {
			this.path = path;
		}

		Path path() {
			return this.path;
		}

		/**
		 * @throws AddressBookFileException when the file is empty, binary or not in its
		 * encoding
		 */
		TextFile text() throws IOException {
			if (this.text == null) {
				this.text = TextFile.of(this.path);
			}
			return this.text;
		}

		@Override
		public void close() {
			try {
				Files.deleteIfExists(this.path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static ImportSummary summaryOf(ImportRecord record) {
		return new ImportSummary(record.getId(), record.getFileName(), record.getImportedAt(), record.getCreated(),
				record.getUpdated(), record.getUnchanged(), record.getSkipped(),
				ImportFormat.valueOf(record.getFormat()));
	}

	private record Committed(ImportSummary summary, AddressBookRun.Outcome outcome) {
	}

}
