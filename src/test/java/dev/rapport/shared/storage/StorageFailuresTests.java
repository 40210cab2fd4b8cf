package dev.rapport.shared.storage;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class StorageFailuresTests {

	@Test
	void recognisesADatabaseThatCannotStore() {
		assertThat(StorageFailures.isStorageUnavailable(new JpaSystemException(new RuntimeException(new SQLException(
				"General error: \"org.h2.mvstore.MVStoreException: Writing to x failed\"", "HY000", 50000)))))
			.isTrue();
		assertThat(StorageFailures.isStorageUnavailable(
				new RuntimeException(new SQLException("The database has been closed", "90098", 90098))))
			.isTrue();
		assertThat(StorageFailures.isStorageUnavailable(new SQLException("could not extend file", "53100"))).isTrue();
		assertThat(StorageFailures.isStorageUnavailable(new DataAccessResourceFailureException("fsync failed")))
			.isTrue();
		assertThat(StorageFailures.isStorageUnavailable(new RuntimeException(new SQLException("Connection is closed"))))
			.isTrue();
	}

	@Test
	void leavesOtherFailuresAlone() {
		assertThat(StorageFailures.isStorageUnavailable(new DataIntegrityViolationException("duplicate key")))
			.isFalse();
		assertThat(StorageFailures.isStorageUnavailable(new SQLException("Value too long", "22001", 22001))).isFalse();
		assertThat(StorageFailures.isStorageUnavailable(new IllegalStateException("bug"))).isFalse();
	}

}
