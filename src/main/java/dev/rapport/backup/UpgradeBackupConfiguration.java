package dev.rapport.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Before an upgrade migrates an existing H2 file database, a copy goes into the backup
 * folder ({@code before-upgrade-<time>.zip}): H2 commits each DDL statement on its own,
 * so a migration failing half-way could leave it changed. (PostgreSQL runs each migration
 * in a transaction and rolls a failed one back whole; back it up with pg_dump before
 * upgrading anyway.)
 */
@Configuration(proxyBeanMethods = false)
class UpgradeBackupConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(UpgradeBackupConfiguration.class);

	private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	@Bean
	FlywayMigrationStrategy backUpBeforeUpgrading(BackupProperties properties, Clock clock) {
		return flyway -> {
			MigrationInfoService info = flyway.info();
			if (info.applied().length > 0 && info.pending().length > 0) {
				backUp(flyway.getConfiguration().getDataSource(),
						properties.directory().resolve("before-upgrade-" + NAME_TIME.format(clock.instant()) + ".zip"));
			}
			flyway.migrate();
		};
	}

	private static void backUp(DataSource dataSource, Path file) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			String url = connection.getMetaData().getURL();
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName()) || url == null
					|| url.startsWith("jdbc:h2:mem:")) {
				return;
			}
			Path target = file.toAbsolutePath().normalize();
			Files.createDirectories(target.getParent());
			statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
			logger.info("Backed up the database to {} before migrating it", target);
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException(
					"Could not back up the database before upgrading it; nothing was migrated: " + ex.getMessage(), ex);
		}
	}

}
