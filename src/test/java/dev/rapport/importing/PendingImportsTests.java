package dev.rapport.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import dev.rapport.importing.PendingImports.PendingImport;
import dev.rapport.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PendingImportsTests {

	static final long ANA = 1;

	static final long BO = 2;

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-18T10:00:00Z"));

	PendingImports store;

	@BeforeEach
	void createStore() throws IOException {
		this.store = new PendingImports(
				new ImportingProperties(DataSize.ofKilobytes(1), 100, Duration.ofHours(1), 2, 3), this.clock);
	}

	@AfterEach
	void deleteFiles() {
		this.store.deleteAll();
	}

	@Test
	void keepsTheUploadUnderATokenOnlyItsOwnerCanUse() throws IOException {
		String token = store(ANA, "a,b");
		PendingImport pending = this.store.find(ANA, token);
		assertThat(Files.readString(pending.file())).isEqualTo("a,b");
		assertThat(pending.fileName()).isEqualTo("Connections.csv");
		assertThatExceptionOfType(PendingImportNotFoundException.class).isThrownBy(() -> this.store.find(BO, token));
		assertThatExceptionOfType(PendingImportNotFoundException.class).isThrownBy(() -> this.store.claim(BO, token));
	}

	@Test
	void deletesUploadsOnceTheyExpire() throws IOException {
		String token = store(ANA, "old");
		Path file = this.store.find(ANA, token).file();
		this.clock.advance(Duration.ofMinutes(61));
		assertThatExceptionOfType(PendingImportNotFoundException.class).isThrownBy(() -> this.store.find(ANA, token));
		assertThat(file).doesNotExist();
	}

	@Test
	void keepsOnlyTheNewestUploadsPerOwnerAndInTotal() throws IOException {
		String first = store(ANA, "1");
		Path firstFile = this.store.find(ANA, first).file();
		store(ANA, "2");
		store(ANA, "3");
		assertThatExceptionOfType(PendingImportNotFoundException.class).isThrownBy(() -> this.store.find(ANA, first));
		assertThat(firstFile).doesNotExist();
		store(BO, "4");
		store(BO, "5");
		assertThat(this.store.size()).isEqualTo(3);
	}

	@Test
	void refusesAndForgetsFilesAboveTheLimit() throws IOException {
		assertThatExceptionOfType(UploadTooLargeException.class).isThrownBy(() -> store(ANA, "x".repeat(1025)));
		assertThat(this.store.size()).isZero();
	}

	@Test
	void aClaimedTokenAnswersWithItsRecordAfterTheCommit() throws IOException {
		String token = store(ANA, "a");
		PendingImports.Claim claim = this.store.claim(ANA, token);
		Path file = claim.pending().file();
		assertThatExceptionOfType(PendingImportNotFoundException.class).isThrownBy(() -> this.store.find(ANA, token));
		this.store.committed(claim.pending(), 42);
		assertThat(file).doesNotExist();
		assertThat(this.store.claim(ANA, token).recordId()).isEqualTo(42);
		assertThatExceptionOfType(PendingImportNotFoundException.class).isThrownBy(() -> this.store.claim(BO, token));
	}

	@Test
	void aFailedCommitCanBeTriedAgain() throws IOException {
		String token = store(ANA, "a");
		this.store.restore(this.store.claim(ANA, token).pending());
		assertThat(this.store.find(ANA, token).file()).exists();
	}

	private String store(long owner, String content) throws IOException {
		return this.store.store(owner, "Connections.csv",
				new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}


}
