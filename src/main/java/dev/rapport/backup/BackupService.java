package dev.rapport.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent
 * zip of the database file while the app keeps running. Each backup is named after its
 * UTC time ({@code rapport-20261206T033000Z.zip}); after each, only the newest
 * {@link BackupProperties#keep()} stay. To restore, stop the app and unzip one into the
 * data folder (docs/operations.md).
 */
@Service
public class BackupService {

	private static final Logger logger = LoggerFactory.getLogger(BackupService.class);

	private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	static final String PREFIX = "rapport-";

	/**
	 * By the time in the name, then by the number a second backup in the same second
	 * gets.
	 */
	private static final Comparator<Path> NEWEST_FIRST = Comparator
		.comparing((Path file) -> timeOf(file.getFileName().toString()))
		.thenComparingInt(file -> numberOf(file.getFileName().toString()))
		.reversed();

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final BackupProperties properties;

	private final Clock clock;

	BackupService(JdbcTemplate jdbc, DataSource dataSource, BackupProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Backs the database up now.
	 * @throws BackupNotSupportedException when the database is not an H2 file database
	 */
	public synchronized Backup backUpNow() {
		requireH2File();
		Instant now = this.clock.instant();
		Path directory = this.properties.directory().toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve(PREFIX + NAME_TIME.format(now) + ".zip");
			for (int n = 2; Files.exists(file); n++) {
				file = directory.resolve(PREFIX + NAME_TIME.format(now) + "-" + n + ".zip");
			}
			this.jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
			deleteAllButNewest(directory);
			logger.info("Backed up the database to {}", file);
			return new Backup(file.getFileName().toString(), Files.size(file), now);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The backups in the folder, newest first. */
	public List<Path> backups() {
		Path directory = this.properties.directory().toAbsolutePath().normalize();
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(BackupService::isBackup).sorted(NEWEST_FIRST).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Nightly, on one instance; skipped (with one log line) on PostgreSQL or when
	 * disabled.
	 */
	@Scheduled(cron = "${rapport.backup.cron:0 30 3 * * *}")
	@SchedulerLock(name = "nightly-backup", lockAtLeastFor = "PT1M")
	void nightly() {
		if (!this.properties.enabled()) {
			return;
		}
		try {
			backUpNow();
		}
		catch (BackupNotSupportedException ex) {
			logger.info("No nightly backup: {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.error("The nightly backup failed", ex);
		}
	}

	private void deleteAllButNewest(Path directory) throws IOException {
		List<Path> all = backups();
		for (Path old : all.subList(Math.min(all.size(), this.properties.keep()), all.size())) {
			Files.deleteIfExists(old);
		}
	}

	private static String timeOf(String name) {
		String stem = name.substring(PREFIX.length(), name.length() - ".zip".length());
		int dash = stem.indexOf('-');
		return (dash < 0) ? stem : stem.substring(0, dash);
	}

	private static int numberOf(String name) {
		String stem = name.substring(PREFIX.length(), name.length() - ".zip".length());
		int dash = stem.indexOf('-');
		try {
			return (dash < 0) ? 1 : Integer.parseInt(stem.substring(dash + 1));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static boolean isBackup(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(PREFIX) && name.endsWith(".zip") && Files.isRegularFile(file);
	}

	private void requireH2File() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String url = meta.getURL();
			if (!"H2".equals(meta.getDatabaseProductName()) || url == null || !url.startsWith("jdbc:h2:")
					|| url.startsWith("jdbc:h2:mem:")) {
				throw new BackupNotSupportedException(meta.getDatabaseProductName() + " at " + url);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database to back it up", ex);
		}
	}

}
