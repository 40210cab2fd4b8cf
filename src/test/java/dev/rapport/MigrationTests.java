package dev.rapport;

import dev.rapport.contact.internal.FoldedNameSortKeysMigration;
import dev.rapport.support.WebIntegrationTest;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every migration file runs, in order and successfully, on the database the tests use:
 * the in-memory H2 of the ordinary run, and PostgreSQL when the build runs the database
 * tests there too (see the {@code postgresql} Maven profile). Hibernate validates the
 * resulting schema against the entities when the context starts, so a table or column a
 * migration got wrong fails here as well.
 */
@WebIntegrationTest
class MigrationTests {

	@Autowired
	Flyway flyway;

	@Test
	void everyMigrationFileIsApplied() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*.sql");
		List<String> scripts = Arrays.stream(files).map(Resource::getFilename).sorted().toList();
		MigrationInfo[] applied = this.flyway.info().applied();

		assertThat(scripts).isNotEmpty();
		assertThat(Arrays.stream(applied)
			.map(MigrationInfo::getScript)
			.filter((script) -> script.endsWith(".sql"))
			.map(MigrationTests::fileName)
			.sorted()).containsExactlyElementsOf(scripts);
		// The Java migrations, which Spring Boot hands to Flyway as beans.
		assertThat(applied).extracting(MigrationInfo::getScript).contains(FoldedNameSortKeysMigration.class.getName());
		assertThat(applied)
			.allSatisfy((migration) -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	/**
	 * Branches number their migrations by issue ({@code V<issue>_<n>}), so a release can
	 * bring a migration numbered below one an earlier release already applied (15.3 after
	 * 17.2). Such a database must take it at start, not refuse to start.
	 */
	@Test
	void anEarlierReleasesDatabaseTakesAMigrationNumberedBelowItsLatest() {
		DriverManagerDataSource earlier = emptyDatabase("earlier-release");
		Flyway asConfigured = asConfigured(earlier);
		asConfigured.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(earlier);
		// As the database was before the sign-in throttle's table came (V15_3), with 17.2
		// applied.
		jdbc.execute("drop table sign_in_failure");
		jdbc.update("delete from \"flyway_schema_history\" where \"version\" = '15.3'");

		asConfigured.migrate();

		assertThat(jdbc.queryForObject("select count(*) from sign_in_failure", Integer.class)).isZero();
		assertThat(asConfigured.info().pending()).isEmpty();
	}

	/**
	 * Tokens made before scopes existed keep what they could do: read-write, never
	 * expiring.
	 */
	@Test
	void tokensFromBeforeScopesStayReadWriteWithoutExpiry() {
		DriverManagerDataSource before = emptyDatabase("before-token-scopes");
		Flyway upToTwoFactor = Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.dataSource(before)
			.target("16.2")
			.load();
		upToTwoFactor.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(before);
		jdbc.update("insert into app_user (display_name, email, password_hash, time_zone, created_at) "
				+ "values ('Old', 'old@example.com', 'x', 'UTC', current_timestamp)");
		long owner = jdbc.queryForObject("select id from app_user where email = 'old@example.com'", Long.class);
		jdbc.update("insert into access_token (owner_id, name, token_hash, prefix, created_at) "
				+ "values (?, 'old script', 'h', 'rap_abcdef', current_timestamp)", owner);

		asConfigured(before).migrate();

		assertThat(jdbc.queryForMap("select scope, expires_at from access_token where owner_id = ?", owner))
			.containsEntry("SCOPE", "READ_WRITE")
			.containsEntry("EXPIRES_AT", null);
	}

	/**
	 * V3's first comment was reworded after release; a database that applied the old
	 * wording still starts, while a script whose content really changed is still refused.
	 */
	@Test
	void aDatabaseThatAppliedTheOldCommentOfV3StillStarts() {
		DriverManagerDataSource earlier = emptyDatabase("old-v3-comment");
		Flyway asConfigured = asConfigured(earlier);
		asConfigured.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(earlier);
		String checksumOfV3 = "select \"checksum\" from \"flyway_schema_history\" where \"version\" = '3'";
		int current = jdbc.queryForObject(checksumOfV3, Integer.class);
		jdbc.update("update \"flyway_schema_history\" set \"checksum\" = 15106739 where \"version\" = '3'");

		asConfigured.migrate();

		assertThat(jdbc.queryForObject(checksumOfV3, Integer.class)).isEqualTo(current);
		jdbc.update("update \"flyway_schema_history\" set \"checksum\" = 42 where \"version\" = '3'");
		assertThatExceptionOfType(FlywayValidateException.class).isThrownBy(asConfigured::migrate);
	}

	private static DriverManagerDataSource emptyDatabase(String name) {
		return new DriverManagerDataSource("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
	}

	/**
	 * The app's own Flyway set-up (locations, out-of-order, callbacks) on another
	 * database.
	 */
	private Flyway asConfigured(DriverManagerDataSource database) {
		return Flyway.configure().configuration(this.flyway.getConfiguration()).dataSource(database).load();
	}

	private static String fileName(String script) {
		return script.substring(script.lastIndexOf('/') + 1);
	}

}
