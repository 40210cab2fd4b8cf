package dev.rapport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.backup.BackupService;
import dev.rapport.contract.ApiContract;
import dev.rapport.demo.SampleDataService;
import dev.rapport.support.TestUsers;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner backs up a running app on its H2 file database over the API; the backup,
 * unzipped into an empty folder as docs/operations.md says, holds every row of every
 * table. Older backups beyond the retention count go. Another user may not back up.
 */
@Tag("h2-only")
class BackupRestoreTests {

	static final String PASSWORD = TestUsers.PASSWORD;

	final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path data;

	@TempDir
	Path restored;

	@Test
	void aBackupRestoresEveryRow() throws Exception {
		Path backups = this.data.resolve("backups");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RapportApplication.class).run(
				"--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("rapport").toAbsolutePath(),
				"--rapport.clock.fixed=2026-11-18T10:00:00Z", "--rapport.registration.open=true",
				"--rapport.backup.directory=" + backups, "--rapport.backup.keep=2", "--spring.jmx.enabled=false")) {
			AccountService accounts = app.getBean(AccountService.class);
			AccountPrincipal owner = accounts
				.signUp(new SignUp("Owner", "owner@example.com", PASSWORD, "Europe/Lisbon"));
			AccountPrincipal other = accounts.signUp(new SignUp("Other", "other@example.com", PASSWORD, "UTC"));
			app.getBean(SampleDataService.class).load(owner.id(), LocalDate.of(2026, 11, 18));
			token(app, owner); // a row in access_token too
			Map<String, Long> before;
			try (Connection live = app.getBean(DataSource.class).getConnection()) {
				before = rowCounts(live);
			}
			assertThat(before.get("CONTACT")).isGreaterThan(50);
			assertThat(before.get("INTERACTION")).isGreaterThan(100);

			HttpResponse<String> refused = backUp(app, token(app, other));
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");

			String ownerToken = token(app, owner);
			HttpResponse<String> first = backUp(app, ownerToken);
			assertThat(first.statusCode()).isEqualTo(201);
			assertThat(first.body()).contains("\"fileName\":\"rapport-20261118T100000Z.zip\"");
			assertThat(backUp(app, ownerToken).statusCode()).isEqualTo(201);
			assertThat(backUp(app, ownerToken).statusCode()).isEqualTo(201);
			List<Path> kept = app.getBean(BackupService.class).backups();
			assertThat(kept).hasSize(2);
			assertThat(kept).noneMatch(file -> file.getFileName().toString().equals("rapport-20261118T100000Z.zip"));

			// The two tokens created since the counts were taken are the only difference.
			before.merge("ACCESS_TOKEN", 2L, Long::sum);
			unzip(kept.get(0), this.restored);
			try (Connection restoredDatabase = DriverManager.getConnection(
					"jdbc:h2:file:" + this.restored.resolve("rapport").toAbsolutePath() + ";IFEXISTS=TRUE", "sa", "")) {
				assertThat(rowCounts(restoredDatabase)).isEqualTo(before);
			}
		}
	}

	@Test
	void anUpgradeBacksTheOldDatabaseUpBeforeMigratingIt() throws Exception {
		String url = "jdbc:h2:file:" + this.data.resolve("rapport").toAbsolutePath();
		// A database as the previous release left it: the first five migrations only.
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("5").load().migrate();
		Path backups = this.data.resolve("backups");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RapportApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + url, "--rapport.backup.directory=" + backups,
				"--spring.jmx.enabled=false")) {
			assertThat(app.getBean(Flyway.class).info().pending()).isEmpty();
		}
		try (var files = Files.list(backups)) {
			assertThat(files.map(file -> file.getFileName().toString())).singleElement(InstanceOfAssertFactories.STRING)
				.startsWith("before-upgrade-")
				.endsWith(".zip");
		}
	}

	@Test
	void aDatabaseThatIsNotTheEmbeddedFileIsNotBackedUpByTheApp() throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RapportApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:backup-" + UUID.randomUUID(),
				"--rapport.backup.directory=" + this.data.resolve("backups"), "--spring.jmx.enabled=false")) {
			AccountPrincipal owner = app.getBean(AccountService.class)
				.signUp(new SignUp("Owner", "owner@example.com", PASSWORD, "UTC"));

			HttpResponse<String> refused = backUp(app, token(app, owner));

			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(refused.body()).contains("pg_dump");
		}
	}

	private HttpResponse<String> backUp(ConfigurableApplicationContext app, String token) {
		return ApiContract.sendChecked(this.http,
				HttpRequest.newBuilder(URI.create(baseUrl(app) + "/api/v1/admin/backup"))
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(),
				new byte[0]);
	}

	private String token(ConfigurableApplicationContext app, AccountPrincipal user) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((user.email() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> created = this.http
			.send(HttpRequest.newBuilder(URI.create(baseUrl(app) + "/api/v1/tokens"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"backup " + UUID.randomUUID() + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	/** Rows per table of the application's schema. */
	private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables "
					+ "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		}
		assertThat(counts).containsKeys("APP_USER", "CONTACT", "INTERACTION", "FOLLOW_UP", "SCORE_STATE");
		return counts;
	}

	private static void unzip(Path zip, Path into) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path target = into.resolve(entry.getName()).normalize();
				assertThat(target.startsWith(into)).as("%s stays inside %s", target, into).isTrue();
				Files.createDirectories(target.getParent());
				Files.copy(in, target);
			}
		}
	}

	private static String baseUrl(ConfigurableApplicationContext app) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
