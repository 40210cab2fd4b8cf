package dev.rapport.support;

import javax.sql.DataSource;

import dev.rapport.contact.internal.FoldedNameSortKeysMigration;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database with every migration applied, for tests of one database-facing class without
 * a Spring context: the run's PostgreSQL database when the {@code postgresql} Maven
 * profile set one up ({@link PostgresTestDatabase}), otherwise an in-memory H2 of its
 * own.
 */
public final class MigratedTestDatabase {

	private static DataSource dataSource;

	private MigratedTestDatabase() {
	}

	public static synchronized DataSource dataSource() {
		if (dataSource == null) {
			String configured = System.getProperty("spring.datasource.url", "");
			DriverManagerDataSource created = configured.startsWith("jdbc:postgresql:")
					? new DriverManagerDataSource(configured, System.getProperty("spring.datasource.username"),
							System.getProperty("spring.datasource.password"))
					: new DriverManagerDataSource("jdbc:h2:mem:migrated-test-database;DB_CLOSE_DELAY=-1", "sa", "");
			// The Java migrations that the app's context hands to Flyway as beans.
			Flyway.configure()
				.dataSource(created)
				.locations("classpath:db/migration")
				.javaMigrations(new FoldedNameSortKeysMigration())
				.load()
				.migrate();
			dataSource = created;
		}
		return dataSource;
	}

}
