package dev.rapport.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points the test run at a fresh PostgreSQL database when the build asks for one (the
 * {@code postgresql} Maven profile sets {@code rapport.test.postgres.url} to a server's
 * admin database): creates {@code rapport_test_<time>_<random>} before the first test,
 * makes it the application's datasource (system properties beat
 * {@code application-test.properties}, so every test context of the run uses it, as they
 * share one in-memory H2 otherwise) and drops it when the run ends. Without that property
 * it does nothing: the ordinary run stays on H2.
 */
public class PostgresTestDatabase implements LauncherSessionListener {

	static final String SERVER_URL = "rapport.test.postgres.url";

	private String serverUrl;

	private String database;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String url = System.getProperty(SERVER_URL);
		if (url == null || url.isBlank()) {
			return;
		}
		this.serverUrl = url;
		this.database = "rapport_test_" + System.currentTimeMillis() + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
		execute("create database " + this.database);
		System.setProperty("spring.datasource.url", url.substring(0, url.lastIndexOf('/') + 1) + this.database);
		System.setProperty("spring.datasource.username", user());
		System.setProperty("spring.datasource.password", password());
		// @DataJpaTest would otherwise swap the configured database for an embedded one.
		System.setProperty("spring.test.database.replace", "none");
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.database != null) {
			// Test contexts are still open (they close at JVM exit): force their
			// connections out.
			execute("drop database if exists " + this.database + " with (force)");
		}
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.serverUrl, user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL for the tests at " + this.serverUrl + ": " + ex.getMessage(),
					ex);
		}
	}

	private static String user() {
		return Objects.requireNonNullElse(System.getenv("RAPPORT_TEST_POSTGRES_USER"), "rapport");
	}

	private static String password() {
		return Objects.requireNonNullElse(System.getenv("RAPPORT_TEST_POSTGRES_PASSWORD"), "rapport");
	}

}
