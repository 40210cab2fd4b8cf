package dev.rapport.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploaded files waiting between preview and commit, each under a random token that only
 * its owner can use, in the {@code pending_import} table: a restart or another instance
 * sharing the database finds them, and a crash leaves nothing behind but rows that
 * expire. Bounded in age and per owner (a new upload drops the owner's oldest, never
 * anybody else's); expired rows are deleted at start and every ten minutes, on one
 * instance at a time.
 */
@Component
class PendingImports {

	private static final Logger logger = LoggerFactory.getLogger(PendingImports.class);

	private static final int TOKEN_BYTES = 24;

	private final ImportingProperties properties;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final SecureRandom random = new SecureRandom();

	PendingImports(ImportingProperties properties, Clock clock, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.properties = properties;
		this.clock = clock;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
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

	private String store(long ownerId, String fileName, InputStream content, boolean oneShot) throws IOException {
		long limit = this.properties.maxFileSize().toBytes();
		byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		if (bytes.length > limit) {
			throw new UploadTooLargeException(this.properties.maxFileSize());
		}
		String token = newToken();
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.update(
					"insert into pending_import (token, owner_id, file_name, content, stored_at, one_shot) "
							+ "values (?, ?, ?, ?, ?, ?)",
					token, ownerId, fileName, bytes, Timestamp.from(now), oneShot);
			if (oneShot) {
				return;
			}
			List<Long> waiting = this.jdbc.queryForList("select id from pending_import where owner_id = ? "
					+ "and committed_record_id is null and claimed = false and one_shot = false order by id desc",
					Long.class, ownerId);
			for (Long surplus : waiting.subList(Math.min(waiting.size(), this.properties.maxPendingPerOwner()),
					waiting.size())) {
				this.jdbc.update("delete from pending_import where id = ? and owner_id = ?", surplus, ownerId);
			}
		});
		return token;
	}

	/**
	 * @throws PendingImportNotFoundException unless the owner has a waiting import with
	 * that token
	 */
	PendingImport find(long ownerId, String token) {
		return this.jdbc
			.query("select token, owner_id, file_name, stored_at from pending_import where token = ? and owner_id = ? "
					+ "and claimed = false and committed_record_id is null and stored_at >= ?",
					(rs, row) -> new PendingImport(rs.getString(1), rs.getLong(2), rs.getString(3),
							rs.getTimestamp(4).toInstant()),
					token, ownerId, Timestamp.from(oldestKept()))
			.stream()
			.findFirst()
			.orElseThrow(PendingImportNotFoundException::new);
	}

	/** The uploaded bytes of a pending import. */
	InputStream open(PendingImport pending) {
		byte[] content = this.jdbc
			.query("select content from pending_import where token = ? and owner_id = ?", (rs, row) -> rs.getBytes(1),
					pending.token(), pending.ownerId())
			.stream()
			.findFirst()
			.orElse(null);
		if (content == null) {
			throw new PendingImportNotFoundException();
		}
		return new ByteArrayInputStream(content);
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
			Long recordId = this.jdbc
				.query("select committed_record_id from pending_import where token = ? and owner_id = ? "
						+ "and committed_record_id is not null", (rs, row) -> rs.getLong(1), token, ownerId)
				.stream()
				.findFirst()
				.orElseThrow(() -> ex);
			return new Claim(null, recordId);
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
	 * The claimed import was committed: its content goes, its token keeps answering with
	 * the record. Call it inside the importing transaction, so both land or neither does.
	 */
	void committed(PendingImport pending, long recordId) {
		this.jdbc.update("update pending_import set content = null, committed_record_id = ? where token = ?", recordId,
				pending.token());
	}

	/** The claimed import failed to commit; it can be tried again. */
	void restore(PendingImport pending) {
		this.jdbc.update("update pending_import set claimed = false where token = ? and committed_record_id is null",
				pending.token());
	}

	/** Forgets an upload of the owner that was not committed, if it is still there. */
	void forgetUncommitted(long ownerId, String token) {
		this.jdbc.update("delete from pending_import where token = ? and owner_id = ? and committed_record_id is null",
				token, ownerId);
	}

	/** Forgets the pending import and its content. */
	void remove(PendingImport pending) {
		this.jdbc.update("delete from pending_import where token = ? and owner_id = ?", pending.token(),
				pending.ownerId());
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
		return this.jdbc.update("delete from pending_import where stored_at < ?", Timestamp.from(oldestKept()));
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
	record PendingImport(String token, long ownerId, String fileName, Instant storedAt) {
	}

}
