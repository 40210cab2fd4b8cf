package dev.rapport.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import dev.rapport.account.AccountService;
import dev.rapport.importing.PendingImports.PendingImport;
import dev.rapport.support.MovableClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
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
		assertThat(this.jdbc.queryForObject("select count(*) from pending_import where token = ? and content is null",
				Integer.class, token))
			.isOne();
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

	private PendingImports newStore() {
		return new PendingImports(new ImportingProperties(DataSize.ofKilobytes(1), 100, Duration.ofHours(1), 2),
				this.clock, this.jdbc, this.transactions);
	}

	private String store(long owner, String content) throws IOException {
		return this.store.store(owner, "Connections.csv",
				new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
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
