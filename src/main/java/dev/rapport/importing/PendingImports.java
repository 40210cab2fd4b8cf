package dev.rapport.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.rapport.account.AccountDeleting;
import dev.rapport.shared.storage.LargeTransactions;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded files waiting between preview and commit, each under a random token that only
 * its owner can use, in the {@code pending_import} table: a restart or another instance
 * sharing the database finds them, and a crash leaves nothing behind but rows that
 * expire. Bounded in age and per owner (a new upload drops the owner's oldest, never
 * anybody else's); expired rows are deleted at start and every ten minutes, on one
 * instance at a time.
 * <p>
 * The content is kept in parts ({@code pending_import_part}, about 1 MB each), written as
 * the upload is read and read back one part at a time by {@link #open}: neither storing
 * nor importing an upload holds the whole file in memory (PostgreSQL's driver would read
 * a single {@code bytea} value whole). A part references its upload (the foreign key
 * cascades); the store writes an upload's parts, and deletes them before its row (also
 * when the account is deleted, {@link AccountDeleting}), one at a time, each in a
 * transaction of its own, so a 20 MB upload, or a 200 MB backup, fits in the heap. An
 * upload is kept claimed while its parts are written: only a whole one is ever found.
 * <p>
 * A committed upload's content is deleted on a thread of its own once the import's
 * transaction has committed ({@link #committed}): the commit's answer does not wait for
 * it.
 */
@Component
class PendingImports implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(PendingImports.class);

	private static final int TOKEN_BYTES = 24;

	/** The size of one stored part of an upload: big enough for few round trips. */
	static final int PART_SIZE = 1024 * 1024;

	private final ImportingProperties properties;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	/** For each part written or deleted: see {@link #store} and {@link #deleteParts}. */
	private final TransactionTemplate ownTransaction;

	private final SecureRandom random = new SecureRandom();

	private final int partSize;

	/**
	 * Deletes committed uploads' content, after the import's transaction: a part per
	 * transaction, each forced to the disk, took 0.1 s of a 16 MB upload's commit
	 * (docs/benchmarks.md). One thread, so deletions queue instead of competing; what a
	 * stop or crash leaves is the expiry's.
	 */
	private final Executor contentDeletion;

	/** The pool behind {@link #contentDeletion} when this store made it, else null. */
	private final ThreadPoolTaskExecutor ownPool;

	@Autowired
	PendingImports(ImportingProperties properties, Clock clock, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this(properties, clock, jdbc, transactions, PART_SIZE, null);
	}

	/**
	 * With parts of another size, so tests can cross part boundaries with small files,
	 * and committed content deleted by {@code contentDeletion} ({@code null}: a thread of
	 * this store's own).
	 */
	PendingImports(ImportingProperties properties, Clock clock, JdbcTemplate jdbc,
			PlatformTransactionManager transactions, int partSize, Executor contentDeletion) {
		this.partSize = partSize;
		this.ownPool = (contentDeletion != null) ? null : newContentDeletionPool();
		this.contentDeletion = (contentDeletion != null) ? contentDeletion : this.ownPool;
		this.properties = properties;
		this.clock = clock;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Keeps the upload, reading no more than the size limit, and drops the owner's oldest
	 * waiting uploads beyond {@link ImportingProperties#maxPendingPerOwner()}.
	 * @throws UploadTooLargeException when it is larger; nothing is kept
	 */
	String store(long ownerId, String fileName, InputStream content) throws IOException {
		return store(ownerId, fileName, content, false);
	}

	/**
	 * Keeps an upload that the same request reads and then removes (an API import): it
	 * neither counts towards nor is dropped by the limit of waiting uploads, so parallel
	 * API imports cannot evict each other's file mid-request; a crash leaves it to the
	 * expiry.
	 * @throws UploadTooLargeException when it is larger than the limit; nothing is kept
	 */
	String storeForThisRequest(long ownerId, String fileName, InputStream content) throws IOException {
		return store(ownerId, fileName, content, true);
	}

	private String store(long ownerId, String fileName, InputStream upload, boolean oneShot) throws IOException {
		PushbackInputStream content = new PushbackInputStream(upload, BackupFiles.HEAD);
		byte[] head = content.readNBytes(BackupFiles.HEAD);
		content.unread(head);
		// A backup holds a whole account and has a limit of its own.
		DataSize limit = BackupFiles.startsLikeABackup(head) ? this.properties.largestUpload()
				: this.properties.maxFileSize();
		String token = newToken();
		Instant now = this.clock.instant();
		// Stored claimed, so nothing finds, counts or evicts it until it is whole, and
		// part by part, each part in a transaction of its own: committing all the parts
		// at once made the embedded database rewrite every one of them into one buffer
		// larger than the file (24 MB for 16.5 MB), which a 256 MB heap could not always
		// find in one piece. A file over the limit or a broken stream deletes what was
		// written; a crash leaves a claimed upload that nobody sees until it expires.
		long id = Objects.requireNonNull(this.ownTransaction.execute(status -> {
			this.jdbc.update("insert into pending_import (token, owner_id, file_name, stored_at, one_shot, claimed) "
					+ "values (?, ?, ?, ?, ?, true)", token, ownerId, fileName, Timestamp.from(now), oneShot);
			return this.jdbc.queryForObject("select id from pending_import where token = ?", Long.class, token);
		}));
		try {
			writeParts(id, ownerId, content, limit);
			this.ownTransaction.executeWithoutResult(status -> {
				this.jdbc.update("update pending_import set claimed = false where id = ?", id);
				if (!oneShot) {
					evictAllButTheNewest(ownerId);
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			try {
				deleteUpload(id, ownerId);
			}
			catch (RuntimeException cleanup) {
				// Left claimed, it expires like an upload a crash interrupted.
				ex.addSuppressed(cleanup);
			}
			throw ex;
		}
		return token;
	}

	/**
	 * Drops the owner's oldest waiting uploads beyond
	 * {@link ImportingProperties#maxPendingPerOwner()}.
	 */
	private void evictAllButTheNewest(long ownerId) {
		List<Long> waiting = this.jdbc.queryForList(
				"select id from pending_import where owner_id = ? "
						+ "and committed_record_id is null and claimed = false and one_shot = false order by id desc",
				Long.class, ownerId);
		for (Long surplus : waiting.subList(Math.min(waiting.size(), this.properties.maxPendingPerOwner()),
				waiting.size())) {
			deleteUpload(surplus, ownerId);
		}
	}

	/**
	 * Writes the content part by part as it is read, each part committed on its own,
	 * marking the last part (an empty file is one empty last part).
	 * @throws UploadTooLargeException as soon as more than the limit has been read
	 */
	private void writeParts(long id, long ownerId, InputStream content, DataSize maxSize) throws IOException {
		long limit = maxSize.toBytes();
		long total = 0;
		int partNo = 0;
		while (true) {
			// A new array per part: a driver may keep the one it was given.
			byte[] part = new byte[this.partSize];
			int length = content.readNBytes(part, 0, this.partSize);
			total += length;
			if (total > limit) {
				throw new UploadTooLargeException(maxSize);
			}
			int thisPart = partNo;
			if (length == 0 && partNo > 0) {
				// The previous part ended exactly at the end of the file.
				this.ownTransaction.executeWithoutResult(status -> this.jdbc.update(
						"update pending_import_part set last_part = true where pending_import_id = ? and part_no = ?",
						id, thisPart - 1));
				return;
			}
			boolean last = length < this.partSize;
			byte[] stored = last ? Arrays.copyOf(part, length) : part;
			this.ownTransaction.executeWithoutResult(status -> this.jdbc
				.update("insert into pending_import_part (pending_import_id, part_no, owner_id, content, last_part) "
						+ "values (?, ?, ?, ?, ?)", id, thisPart, ownerId, stored, last));
			partNo++;
			if (last) {
				return;
			}
		}
	}

	/**
	 * @throws PendingImportNotFoundException unless the owner has a waiting import with
	 * that token
	 */
	PendingImport find(long ownerId, String token) {
		return this.jdbc
			.query("select id, token, owner_id, file_name, stored_at from pending_import where token = ? "
					+ "and owner_id = ? and claimed = false and committed_record_id is null and stored_at >= ?",
					(rs, row) -> new PendingImport(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							rs.getTimestamp(5).toInstant()),
					token, ownerId, Timestamp.from(oldestKept()))
			.stream()
			.findFirst()
			.orElseThrow(PendingImportNotFoundException::new);
	}

	/**
	 * The uploaded bytes of a pending import, read from the database one part at a time
	 * as they are consumed.
	 * @throws PendingImportNotFoundException when the content is gone (committed,
	 * discarded or expired), now or at a later part: a reader never sees a shortened file
	 */
	InputStream open(PendingImport pending) {
		return new PartsInputStream(pending.id(), pending.ownerId());
	}

	/**
	 * Takes the pending import for a commit, so a second submit of the same token (on any
	 * instance) cannot run it again; {@link #committed} inside the importing transaction,
	 * or {@link #restore}, must follow.
	 * @return the pending import, or the id of the import record when this token was
	 * committed already (a double submit), as a {@link Claim}
	 * @throws PendingImportNotFoundException unless the token is the owner's and waiting
	 */
	Claim claim(long ownerId, String token) {
		PendingImport pending;
		try {
			pending = find(ownerId, token);
		}
		catch (PendingImportNotFoundException ex) {
			return new Claim(null, committedRecord(ownerId, token).orElseThrow(() -> ex));
		}
		int taken = this.jdbc.update("update pending_import set claimed = true where token = ? and owner_id = ? "
				+ "and claimed = false and committed_record_id is null", token, ownerId);
		if (taken == 0) {
			// Another request took it between the two statements: answer like any double
			// submit.
			return claim(ownerId, token);
		}
		return new Claim(pending, null);
	}

	/**
	 * The import record of the commit that took this token of the owner, if one did.
	 */
	Optional<Long> committedRecord(long ownerId, String token) {
		return this.jdbc
			.query("select committed_record_id from pending_import where token = ? and owner_id = ? "
					+ "and committed_record_id is not null", (rs, row) -> rs.getLong(1), token, ownerId)
			.stream()
			.findFirst();
	}

	/**
	 * The claimed import was committed: its token keeps answering with the record, and
	 * its content goes once that transaction has committed, on the content deletion's
	 * thread. Call it inside the importing transaction, so the import and the mark land
	 * together or not at all; a crash before the content is deleted leaves it to the
	 * expiry.
	 */
	void committed(PendingImport pending, long recordId) {
		this.jdbc.update("update pending_import set committed_record_id = ? where token = ?", recordId,
				pending.token());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteContentSoon(pending);
				}
			});
		}
		else {
			deleteContentSoon(pending);
		}
	}

	/** Waits until the content deletions queued so far are done. */
	void awaitContentDeletions() {
		CompletableFuture.runAsync(() -> {
		}, this.contentDeletion).join();
	}

	private void deleteContentSoon(PendingImport pending) {
		Runnable deletion = () -> {
			try {
				deleteParts(pending.id(), pending.ownerId());
			}
			catch (RuntimeException ex) {
				logger.warn("The content of a committed upload is left to the expiry", ex);
			}
		};
		try {
			this.contentDeletion.execute(deletion);
		}
		catch (RejectedExecutionException ex) {
			// Stopping: the thread takes no more work, so delete here.
			deletion.run();
		}
	}

	/** The claimed import failed to commit; it can be tried again. */
	void restore(PendingImport pending) {
		this.jdbc.update("update pending_import set claimed = false where token = ? and committed_record_id is null",
				pending.token());
	}

	/** Forgets an upload of the owner that was not committed, if it is still there. */
	void forgetUncommitted(long ownerId, String token) {
		this.jdbc
			.queryForList("select id from pending_import where token = ? and owner_id = ? "
					+ "and committed_record_id is null", Long.class, token, ownerId)
			.forEach(id -> deleteUpload(id, ownerId));
	}

	/** Forgets the pending import and its content. */
	void remove(PendingImport pending) {
		deleteUpload(pending.id(), pending.ownerId());
	}

	/**
	 * Deletes the upload and its parts (the parts first, see {@link #deleteParts}; the
	 * foreign key's cascade is only a safety net).
	 */
	private int deleteUpload(long id, long ownerId) {
		deleteParts(id, ownerId);
		return this.jdbc.update("delete from pending_import where id = ? and owner_id = ?", id, ownerId);
	}

	/**
	 * Deletes an upload's parts one at a time, each in a transaction of its own (also
	 * when called inside another). On the embedded database a transaction keeps what it
	 * deleted in its undo log until it ends, and rewrites that log's pages whole at each
	 * write: deleting the parts of an 18 MB upload in one statement asked for an 80 MB
	 * buffer, and deleting the 42 parts of a 44 MB backup one by one within the restore's
	 * transaction, even spilled ({@link LargeTransactions}), asked for 36 MB and ran out
	 * of the 160 MB heap. A part is only content: a transaction that fails afterwards
	 * loses nothing but an upload to upload again.
	 */
	private void deleteParts(long id, long ownerId) {
		for (Integer partNo : this.jdbc.queryForList(
				"select part_no from pending_import_part where pending_import_id = ? and owner_id = ? order by part_no",
				Integer.class, id, ownerId)) {
			this.ownTransaction.executeWithoutResult(status -> this.jdbc
				.update("delete from pending_import_part where pending_import_id = ? and part_no = ?", id, partNo));
		}
	}

	/** How many uploads wait for a commit, across users. */
	int size() {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from pending_import where committed_record_id is null and claimed = false",
				Integer.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Deletes uploads older than {@link ImportingProperties#pendingFor()}, committed or
	 * not (a double submit after that long gets "upload again"): at start, for what a
	 * stopped or crashed instance left, and every ten minutes on one instance at a time.
	 * @return how many rows went
	 */
	int deleteExpired() {
		// Upload by upload, parts first (deleteParts): in one statement, the parts of a
		// large abandoned upload could exhaust the heap at every start.
		int deleted = 0;
		for (Map<String, Object> upload : this.jdbc.queryForList(
				"select id, owner_id from pending_import where stored_at < ?", Timestamp.from(oldestKept()))) {
			long id = ((Number) upload.get("id")).longValue();
			long ownerId = ((Number) upload.get("owner_id")).longValue();
			deleted += deleteUpload(id, ownerId);
		}
		return deleted;
	}

	/**
	 * Deletes the owner's uploads before their account goes, parts one at a time like the
	 * expiry: the account's cascade would delete every part of a 200 MB backup in one
	 * statement ({@link #deleteParts}). The parts go in transactions of their own, so if
	 * the account's deletion then fails, its uploads are to be uploaded again.
	 */
	@EventListener
	void beforeTheAccountGoes(AccountDeleting event) {
		for (Long id : this.jdbc.queryForList("select id from pending_import where owner_id = ? order by id",
				Long.class, event.userId())) {
			deleteUpload(id, event.userId());
		}
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	@SchedulerLock(name = "pending-imports-expiry")
	void everyTenMinutes() {
		deleteExpired();
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		int expired = deleteExpired();
		if (expired > 0) {
			logger.info("Deleted {} expired import upload(s)", expired);
		}
	}

	private Instant oldestKept() {
		return this.clock.instant().minus(this.properties.pendingFor());
	}

	@Override
	public void destroy() {
		if (this.ownPool != null) {
			this.ownPool.shutdown();
		}
	}

	private static ThreadPoolTaskExecutor newContentDeletionPool() {
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(1);
		pool.setMaxPoolSize(1);
		pool.setThreadNamePrefix("rapport-upload-deletion-");
		pool.setDaemon(true);
		// Queued deletions finish before the database closes; the expiry takes the rest.
		pool.setWaitForTasksToCompleteOnShutdown(true);
		pool.setAwaitTerminationSeconds(30);
		pool.initialize();
		return pool;
	}

	private String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Either a pending import to commit, or the record of the commit that already took
	 * it.
	 */
	record Claim(PendingImport pending, Long recordId) {
	}

	/**
	 * One uploaded file waiting for its commit; its content is read with
	 * {@link PendingImports#open}.
	 */
	record PendingImport(long id, String token, long ownerId, String fileName, Instant storedAt) {
	}

	/**
	 * An upload's parts in order, each fetched when the previous one is used up; it ends
	 * at the part marked last, and a part missing before that means the upload went away.
	 */
	private final class PartsInputStream extends InputStream {

		private final long id;

		private final long ownerId;

		private byte[] part;

		private int position;

		private int nextPartNo;

		private boolean last;

		PartsInputStream(long id, long ownerId) {
			this.id = id;
			this.ownerId = ownerId;
			// The first part at once: a stream opened on a vanished upload fails here.
			fetchNextPart();
		}

		@Override
		public int read() {
			return hasMore() ? (this.part[this.position++] & 0xff) : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			Objects.checkFromIndexSize(offset, length, buffer.length);
			if (length == 0) {
				return 0;
			}
			if (!hasMore()) {
				return -1;
			}
			int count = Math.min(length, this.part.length - this.position);
			System.arraycopy(this.part, this.position, buffer, offset, count);
			this.position += count;
			return count;
		}

		@Override
		public int available() {
			return this.part.length - this.position;
		}

		private boolean hasMore() {
			while (this.position == this.part.length) {
				if (this.last) {
					return false;
				}
				fetchNextPart();
			}
			return true;
		}

		private void fetchNextPart() {
			int partNo = this.nextPartNo++;
			Part next = PendingImports.this.jdbc
				.query("select content, last_part from pending_import_part where pending_import_id = ? "
						+ "and owner_id = ? and part_no = ?", (rs, row) -> new Part(rs.getBytes(1), rs.getBoolean(2)),
						this.id, this.ownerId, partNo)
				.stream()
				.findFirst()
				.orElseThrow(PendingImportNotFoundException::new);
			this.part = next.content();
			this.position = 0;
			this.last = next.last();
		}

	}

	private record Part(byte[] content, boolean last) {
	}

}
