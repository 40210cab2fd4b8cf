package dev.rapport.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A spilled transaction is still one transaction: its pages reach the file before the
 * commit, and a rollback or a crash still leaves nothing of it. On an H2 file database of
 * its own, as the app runs by default.
 */
class LargeTransactionsTests {

	private static final int MEGABYTE = 1024 * 1024;

	@TempDir
	Path directory;

	private String url;

	private JdbcTemplate jdbc;

	private TransactionTemplate transaction;

	private LargeTransactions largeTransactions;

	@BeforeEach
	void openDatabase() {
		this.url = "jdbc:h2:file:" + this.directory.resolve("spill") + ";WRITE_DELAY=0";
		DriverManagerDataSource dataSource = new DriverManagerDataSource(this.url, "sa", "");
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.largeTransactions = new LargeTransactions(this.jdbc, this.url);
		this.jdbc.execute("create table part (id int primary key, content varbinary(2000000))");
	}

	@AfterEach
	void closeDatabase() {
		this.jdbc.execute("shutdown");
	}

	@Test
	void spillingWritesTheUncommittedPagesToTheFile() {
		Path file = this.directory.resolve("spill.mv.db");
		long[] sizes = new long[2];
		this.transaction.executeWithoutResult(status -> {
			insertParts(8);
			sizes[0] = size(file);
			this.largeTransactions.spill();
			sizes[1] = size(file);
		});
		assertThat(sizes[1] - sizes[0]).isGreaterThan(4L * MEGABYTE);
		assertThat(count()).isEqualTo(8);
	}

	@Test
	void aRollbackAfterSpillingLeavesNothing() {
		assertThatIllegalStateException().isThrownBy(() -> this.transaction.executeWithoutResult(status -> {
			insertParts(3);
			this.largeTransactions.spill();
			insertParts(3, 3);
			this.largeTransactions.spill();
			throw new IllegalStateException("the import failed half-way");
		}));
		assertThat(count()).isZero();
	}

	@Test
	void aCrashAfterSpillingLeavesNothing() {
		// Another connection stops the database without closing it properly, as a kill -9
		// would, while the transaction is still open: its commit cannot happen.
		assertThatException().isThrownBy(() -> this.transaction.executeWithoutResult(status -> {
			insertParts(4);
			this.largeTransactions.spill();
			new JdbcTemplate(new DriverManagerDataSource(this.url, "sa", "")).execute("shutdown immediately");
		}));
		assertThat(count()).isZero();
	}

	@Test
	void otherDatabasesAreLeftAlone() {
		// A database nobody can reach: any statement would fail.
		JdbcTemplate unreachable = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:tcp://127.0.0.1:1/nowhere"));
		assertThatNoException().isThrownBy(() -> new LargeTransactions(unreachable, "jdbc:h2:mem:rapport").spill());
		assertThatNoException()
			.isThrownBy(() -> new LargeTransactions(unreachable, "jdbc:postgresql://127.0.0.1:1/rapport").spill());
		assertThatException()
			.isThrownBy(() -> new LargeTransactions(unreachable, "jdbc:h2:file:./data/rapport").spill());
	}

	private void insertParts(int count) {
		insertParts(0, count);
	}

	private void insertParts(int first, int count) {
		byte[] content = new byte[MEGABYTE];
		for (int id = first; id < first + count; id++) {
			Arrays.fill(content, (byte) id);
			this.jdbc.update("insert into part (id, content) values (?, ?)", id, content.clone());
		}
	}

	private int count() {
		Integer count = this.jdbc.queryForObject("select count(*) from part", Integer.class);
		return (count != null) ? count : -1;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
