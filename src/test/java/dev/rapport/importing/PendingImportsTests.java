package dev.rapport.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;

import dev.rapport.account.AccountDeleting;
import dev.rapport.account.AccountDeletionService;
import dev.rapport.account.AccountService;
import dev.rapport.importing.PendingImports.PendingImport;
import dev.rapport.support.MovableClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pending uploads in the database: a second store on the same database (a restart, or
 * another instance) sees them; owners never see, claim or evict each other's; expired
 * ones go at start and on schedule.
 */
@WebIntegrationTest
class PendingImportsTests {

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-18T10:00:00Z"));

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountDeletionService accountDeletion;

	@Autowired
	PendingImports pendingImports;

	@Autowired
	ApplicationEventPublisher events;

	PendingImports store;

	long ana;

	long bo;

	@BeforeEach
	void createStoreAndOwners() {
		this.store = newStore();
		this.ana = TestUsers.signUp(this.accounts, "Ana").id();
		this.bo = TestUsers.signUp(this.accounts, "Bo").id();
	}

	@Test
	void keepsTheUploadUnderATokenOnlyItsOwnerCanUse() throws IOException {
		String token = store(this.ana, "a,b");
		PendingImport pending = this.store.find(this.ana, token);
		assertThat(read(this.store, pending)).isEqualTo("a,b");
		assertThat(pending.fileName()).isEqualTo("Connections.csv");
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.store.find(this.bo, token));
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.store.claim(this.bo, token));
	}

	@Test
	void aRestartedOrOtherInstanceFindsTheUpload() throws IOException {
		String token = store(this.ana, "from instance A");
		PendingImports other = newStore();
		assertThat(read(other, other.find(this.ana, token))).isEqualTo("from instance A");
		PendingImports.Claim claim = other.claim(this.ana, token);
		assertThat(claim.pending()).isNotNull();
		// Claimed on one instance: the other cannot run it again.
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.store.claim(this.ana, token));
	}

	@Test
	void expiredUploadsAreRefusedAndDeletedAtStartAndOnSchedule() throws IOException {
		String old = store(this.ana, "old");
		this.clock.advance(Duration.ofMinutes(61));
		String fresh = store(this.ana, "fresh");
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.store.find(this.ana, old));
		assertThat(rows(old)).isOne();

		// What a crashed instance left behind goes when the next one starts...
		newStore().atStart();
		assertThat(rows(old)).isZero();
		assertThat(rows(fresh)).isOne();

		// ...and on the ten-minute schedule.
		this.clock.advance(Duration.ofMinutes(61));
		this.store.everyTenMinutes();
		assertThat(rows(fresh)).isZero();
	}

	@Test
	void anExpiredUploadGoesWithEveryPart() throws IOException {
		PendingImports smallParts = newStore(4);
		String old = store(smallParts, this.ana, "an upload of several parts");
		this.clock.advance(Duration.ofMinutes(61));
		String fresh = store(smallParts, this.ana, "kept");
		assertThat(parts(old)).isEqualTo(7);

		// Other tests' uploads may have expired with it.
		assertThat(smallParts.deleteExpired()).isPositive();
		assertThat(rows(old)).isZero();
		assertThat(rows(fresh)).isOne();
		assertThat(parts(fresh)).isOne();
		assertThat(partsOf(this.ana)).isOne();
	}

	@Test
	void keepsOnlyTheOwnersNewestUploads() throws IOException {
		String first = store(this.ana, "1");
		String second = store(this.ana, "2");
		String third = store(this.ana, "3");
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.store.find(this.ana, first));
		assertThat(rows(first)).isZero();
		assertThat(this.store.find(this.ana, second)).isNotNull();
		assertThat(this.store.find(this.ana, third)).isNotNull();
	}

	@Test
	void oneUsersUploadsNeverEvictAnotherUsersPendingImport() throws IOException {
		String bos = store(this.bo, "Bo's connections");
		for (int i = 0; i < 20; i++) {
			store(this.ana, "upload " + i);
		}
		assertThat(read(this.store, this.store.find(this.bo, bos))).isEqualTo("Bo's connections");
	}

	@Test
	void anUploadReadWithinItsRequestIsNeitherEvictedNorCounted() throws IOException {
		String apiUpload = this.store.storeForThisRequest(this.ana, "Connections.csv",
				new ByteArrayInputStream("read in this request".getBytes(StandardCharsets.UTF_8)));
		String waiting = store(this.ana, "a preview");
		for (int i = 0; i < 5; i++) {
			this.store.storeForThisRequest(this.ana, "parallel " + i,
					new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)));
			store(this.ana, "upload " + i);
		}

		assertThat(read(this.store, this.store.find(this.ana, apiUpload))).isEqualTo("read in this request");
		this.store.forgetUncommitted(this.ana, apiUpload);
		assertThat(rows(apiUpload)).isZero();
		assertThat(rows(waiting)).as("ordinary uploads still make room: the oldest preview went").isZero();
	}

	@Test
	void aBackupHasItsOwnLimitFromItsFirstBytes() throws IOException {
		// The store's limits: 1 KB for any file, 4 KB for a backup.
		String backup = "\uFEFF {\n  \"format\" : \"rapport-backup\", \"contacts\": [" + "x".repeat(3000) + "]}";
		String token = store(this.ana, backup);
		assertThat(read(this.store, this.store.find(this.ana, token))).isEqualTo(backup);
		assertThatExceptionOfType(UploadTooLargeException.class)
			.isThrownBy(() -> store(this.ana, "{\"format\": \"rapport-backup\", \"x\": \"" + "x".repeat(4096) + "\"}"))
			.satisfies(ex -> assertThat(ex.limit()).isEqualTo(DataSize.ofKilobytes(4)));
		for (String other : new String[] { "{\"version\": 1, \"format\": \"rapport-backup\", \"x\": \"",
				"{\"format\": \"something-else\", \"x\": \"", "BEGIN:VCARD\r\nNOTE:{\"format\": \"rapport-backup\"" }) {
			assertThatExceptionOfType(UploadTooLargeException.class)
				.isThrownBy(() -> store(this.ana, other + "x".repeat(2000)))
				.satisfies(ex -> assertThat(ex.limit()).isEqualTo(DataSize.ofKilobytes(1)));
		}
	}

	@Test
	void refusesAndForgetsFilesAboveTheLimit() {
		assertThatExceptionOfType(UploadTooLargeException.class).isThrownBy(() -> store(this.ana, "x".repeat(1025)));
		assertThat(this.jdbc.queryForObject("select count(*) from pending_import where owner_id = ?", Integer.class,
				this.ana))
			.isZero();
	}

	@Test
	void aCommittedTokenAnswersWithItsRecord() throws IOException {
		String token = store(this.ana, "a");
		PendingImports.Claim claim = this.store.claim(this.ana, token);
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.store.find(this.ana, token));
		this.store.committed(claim.pending(), 42);
		assertThat(this.jdbc.queryForObject("select committed_record_id from pending_import where token = ?",
				Long.class, token))
			.isEqualTo(42);
		this.store.awaitContentDeletions();
		assertThat(parts(token)).isZero();
		assertThat(newStore().claim(this.ana, token).recordId()).isEqualTo(42);
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.store.claim(this.bo, token));
	}

	@Test
	void aFailedCommitCanBeTriedAgain() throws IOException {
		String token = store(this.ana, "a");
		this.store.restore(this.store.claim(this.ana, token).pending());
		assertThat(read(this.store, this.store.find(this.ana, token))).isEqualTo("a");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 6, 7, 8, 13, 14, 15, 700, 1024 })
	void anUploadOfSeveralPartsReadsBackByteForByte(int length) throws IOException {
		PendingImports store = newStore(7);
		byte[] content = new byte[length];
		new Random(length).nextBytes(content);
		String token = store.store(this.ana, "any.bin", new ByteArrayInputStream(content));
		PendingImport pending = store.find(this.ana, token);

		assertThat(parts(token)).isEqualTo(Math.max(1, (length + 6) / 7));
		try (InputStream in = store.open(pending)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		// A byte at a time, and in reads that straddle the parts unevenly.
		try (InputStream in = store.open(pending)) {
			byte[] read = new byte[length];
			for (int i = 0; i < length; i++) {
				int next = in.read();
				assertThat(next).isNotNegative();
				read[i] = (byte) next;
			}
			assertThat(in.read()).isEqualTo(-1);
			assertThat(read).isEqualTo(content);
		}
		try (InputStream in = store.open(pending)) {
			byte[] read = new byte[length + 10];
			int total = 0;
			for (int n; (n = in.read(read, total, Math.min(5, read.length - total))) > 0;) {
				total += n;
			}
			assertThat(Arrays.copyOf(read, total)).isEqualTo(content);
		}
	}

	@Test
	void aPartBoundaryInsideAMultiByteCharacterReadsBackAsText() throws IOException {
		PendingImports store = newStore(4);
		String text = "Renée Ünal, 佐藤 花子, 🙂 and € again";
		String token = store.store(this.ana, "names.csv",
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		assertThat(read(store, store.find(this.ana, token))).isEqualTo(text);
	}

	@Test
	void aFileOfExactlyTheLimitIsKeptAndOneByteMoreLeavesNoPart() throws IOException {
		PendingImports store = newStore(256);
		String token = store(store, this.ana, "x".repeat(1024));
		assertThat(read(store, store.find(this.ana, token))).hasSize(1024);
		assertThat(parts(token)).isEqualTo(4);

		assertThatExceptionOfType(UploadTooLargeException.class)
			.isThrownBy(() -> store(store, this.bo, "x".repeat(1025)));
		assertThat(partsOf(this.bo)).isZero();
	}

	@Test
	void anUploadIsCommittedPartByPartAndFoundOnlyOnceWhole() throws IOException {
		PendingImports store = newStore(16);
		byte[] data = "0123456789abcdef".repeat(20).getBytes(StandardCharsets.US_ASCII);
		List<int[]> seenMidway = new ArrayList<>();
		InputStream content = new InputStream() {

			private int at;

			@Override
			public int read() {
				if (this.at == data.length - 8) {
					// What another connection sees before the last part is read.
					seenMidway.add(new int[] { partsOf(PendingImportsTests.this.ana), countOf("claimed = false"),
							countOf("claimed = true") });
				}
				return (this.at < data.length) ? data[this.at++] : -1;
			}

		};
		String token = store.store(this.ana, "Connections.csv", content);

		assertThat(seenMidway).hasSize(1);
		assertThat(seenMidway.get(0)[0]).as("parts committed").isGreaterThanOrEqualTo(18);
		assertThat(seenMidway.get(0)[1]).as("uploads anyone could find").isZero();
		assertThat(seenMidway.get(0)[2]).as("the upload being written").isEqualTo(1);
		assertThat(countOf("claimed = false")).isEqualTo(1);
		assertThat(read(store, store.find(this.ana, token))).isEqualTo(new String(data, StandardCharsets.US_ASCII));
	}

	@Test
	void aStreamThatBreaksMidwayLeavesNeitherTheUploadNorAnyPart() {
		PendingImports store = newStore(16);
		InputStream breaking = new InputStream() {

			private int at;

			@Override
			public int read() throws IOException {
				// From then on, as a reset connection does (InputStream's bulk read
				// swallows an exception after the first byte).
				if (this.at++ >= 300) {
					throw new IOException("connection reset");
				}
				return 'x';
			}

		};
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> store.store(this.ana, "Connections.csv", breaking));
		assertThat(partsOf(this.ana)).isZero();
		assertThat(countOf("owner_id is not null")).isZero();
	}

	@Test
	void aReaderNeverSeesAShortenedFileWhenTheUploadGoesMidway() throws IOException {
		PendingImports store = newStore(4);
		String token = store(store, this.ana, "first part, then gone");
		PendingImport pending = store.find(this.ana, token);
		try (InputStream in = store.open(pending)) {
			assertThat(in.readNBytes(4)).isEqualTo("firs".getBytes(StandardCharsets.UTF_8));
			store.remove(pending);
			assertThatExceptionOfType(PendingImportNotFoundException.class).isThrownBy(in::readAllBytes);
		}
		assertThatExceptionOfType(PendingImportNotFoundException.class).isThrownBy(() -> store.open(pending));
	}

	@Test
	void everyWayAnUploadGoesTakesItsParts() throws IOException {
		PendingImports store = newStore(2);
		// Discarded.
		String discarded = store(store, this.ana, "discarded");
		store.remove(store.find(this.ana, discarded));
		// Read within its request and forgotten.
		String oneShot = store.storeForThisRequest(this.ana, "api.csv",
				new ByteArrayInputStream("one shot".getBytes(StandardCharsets.UTF_8)));
		store.forgetUncommitted(this.ana, oneShot);
		// Committed: the row stays for a double submit, the content goes.
		String committed = store(store, this.ana, "committed");
		store.committed(store.claim(this.ana, committed).pending(), 42);
		// Evicted by newer uploads (two are kept).
		String evicted = store(store, this.bo, "evicted");
		String kept1 = store(store, this.bo, "kept 1");
		String kept2 = store(store, this.bo, "kept 2");
		for (String gone : new String[] { discarded, oneShot, committed, evicted }) {
			assertThat(parts(gone)).as(gone).isZero();
		}
		assertThat(parts(kept1)).isEqualTo(3);
		assertThat(parts(kept2)).isEqualTo(3);

		// Expired.
		this.clock.advance(Duration.ofMinutes(61));
		store.everyTenMinutes();
		assertThat(this.jdbc.queryForObject("select count(*) from pending_import_part where owner_id in (?, ?)",
				Integer.class, this.ana, this.bo))
			.isZero();
	}

	@Test
	void aPartCannotOutliveItsUpload() throws IOException {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"insert into pending_import_part "
						+ "(pending_import_id, part_no, owner_id, content, last_part) values (-1, 0, ?, ?, true)",
				this.ana, new byte[] { 1 }));
		String token = store(newStore(2), this.ana, "several parts");
		this.jdbc.update("delete from pending_import where token = ?", token);
		assertThat(partsOf(this.ana)).isZero();
	}

	@Test
	void deletingAnAccountTakesItsUploadsParts() throws IOException {
		long carla = TestUsers.signUp(this.accounts, "Carla").id();
		store(this.store, carla, "Carla's file");
		this.jdbc.update("delete from app_user where id = ?", carla);
		assertThat(partsOf(carla)).isZero();
	}

	@Test
	void aCommittedUploadsContentGoesOnlyOnceTheImportsTransactionCommits() throws IOException {
		PendingImports store = newStore(2);
		String token = store(store, this.ana, "several parts");
		PendingImport pending = store.claim(this.ana, token).pending();
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			store.committed(pending, 42);
			assertThat(parts(token)).isEqualTo(7);
			status.setRollbackOnly();
		});
		assertThat(parts(token)).isEqualTo(7);
		store.restore(pending);
		assertThat(read(store, store.find(this.ana, token))).isEqualTo("several parts");

		PendingImport again = store.claim(this.ana, token).pending();
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> store.committed(again, 43));
		assertThat(parts(token)).isZero();
		assertThat(store.claim(this.ana, token).recordId()).isEqualTo(43);
	}

	@Test
	void aCommitsAnswerDoesNotWaitForItsContentToGo() throws IOException {
		List<Runnable> queued = new ArrayList<>();
		PendingImports store = newStore(2, queued::add);
		String token = store(store, this.ana, "several parts");
		PendingImport pending = store.claim(this.ana, token).pending();

		new TransactionTemplate(this.transactions).executeWithoutResult(status -> store.committed(pending, 42));

		assertThat(store.claim(this.ana, token).recordId()).isEqualTo(42);
		assertThat(parts(token)).as("parts before the deletion's thread ran").isEqualTo(7);
		assertThat(queued).hasSize(1);
		queued.get(0).run();
		assertThat(parts(token)).isZero();
		assertThat(store.claim(this.ana, token).recordId()).isEqualTo(42);
	}

	@Test
	void anAccountsUploadsGoPartByPartBeforeTheAccountsRows() throws IOException {
		long carla = TestUsers.signUp(this.accounts, "Carla").id();
		byte[] large = new byte[2 * PendingImports.PART_SIZE + 10];
		new Random(7).nextBytes(large);
		String waiting = this.pendingImports.store(carla, "large.vcf", new ByteArrayInputStream(large));
		String committed = this.pendingImports.store(carla, "committed.vcf", new ByteArrayInputStream(large));
		this.pendingImports.committed(this.pendingImports.claim(carla, committed).pending(), 42);
		this.pendingImports.awaitContentDeletions();
		String others = this.pendingImports.store(this.ana, "large.vcf", new ByteArrayInputStream(large));
		assertThat(parts(waiting)).isEqualTo(3);

		// What the deleting transaction does before the user's row (and the cascade)
		// goes.
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.events.publishEvent(new AccountDeleting(carla));
			assertThat(this.jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, carla))
				.isOne();
			assertThat(this.jdbc.queryForObject("select count(*) from pending_import where owner_id = ?", Integer.class,
					carla))
				.isZero();
			assertThat(partsOf(carla)).isZero();
			status.setRollbackOnly();
		});

		this.accountDeletion.delete(carla);
		assertThat(partsOf(carla)).isZero();
		assertThat(rows(waiting) + rows(committed)).isZero();
		assertThat(parts(others)).isEqualTo(3);
	}

	private PendingImports newStore() {
		return new PendingImports(
				new ImportingProperties(DataSize.ofKilobytes(1), 100, Duration.ofHours(1), 2, DataSize.ofKilobytes(4)),
				this.clock, this.jdbc, this.transactions);
	}

	/** Small parts, and committed content deleted at once, on the calling thread. */
	private PendingImports newStore(int partSize) {
		return newStore(partSize, Runnable::run);
	}

	private PendingImports newStore(int partSize, Executor contentDeletion) {
		return new PendingImports(
				new ImportingProperties(DataSize.ofKilobytes(1), 100, Duration.ofHours(1), 2, DataSize.ofKilobytes(4)),
				this.clock, this.jdbc, this.transactions, partSize, contentDeletion);
	}

	private static String store(PendingImports store, long owner, String content) throws IOException {
		return store.store(owner, "Connections.csv",
				new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	private int parts(String token) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from pending_import_part p "
						+ "join pending_import u on u.id = p.pending_import_id where u.token = ?",
				Integer.class, token);
		Integer orphans = this.jdbc.queryForObject("select count(*) from pending_import_part p where not exists "
				+ "(select 1 from pending_import u where u.id = p.pending_import_id)", Integer.class);
		assertThat(orphans).as("parts without their upload").isZero();
		return (count != null) ? count : 0;
	}

	private String store(long owner, String content) throws IOException {
		return this.store.store(owner, "Connections.csv",
				new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	private int partsOf(long owner) {
		Integer count = this.jdbc.queryForObject("select count(*) from pending_import_part where owner_id = ?",
				Integer.class, owner);
		return (count != null) ? count : 0;
	}

	/** Ana's uploads that match the condition. */
	private int countOf(String condition) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from pending_import where owner_id = ? and " + condition, Integer.class, this.ana);
		return (count != null) ? count : 0;
	}

	private int rows(String token) {
		Integer count = this.jdbc.queryForObject("select count(*) from pending_import where token = ?", Integer.class,
				token);
		return (count != null) ? count : 0;
	}

	private static String read(PendingImports store, PendingImport pending) throws IOException {
		try (InputStream in = store.open(pending)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
