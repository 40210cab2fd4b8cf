package dev.rapport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rapport.account.CurrentUser;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules of docs/architecture.md that {@link ModularityTests} does not check:
 * Spring Modulith keeps modules out of each other's sub-packages; these rules say what
 * must live there, what must stay package-private, and whose tables a module may write.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.rapport");

	/**
	 * Which module owns each table: only that module may write it. A new table goes here
	 * with its module, as in the module map of docs/architecture.md.
	 */
	private static final Map<String, String> TABLE_OWNERS = Map.ofEntries(Map.entry("app_user", "account"),
			Map.entry("persistent_logins", "account"), Map.entry("access_token", "account"),
			Map.entry("contact", "contact"), Map.entry("contact_tag", "contact"),
			Map.entry("interaction", "interaction"), Map.entry("interaction_participant", "interaction"),
			Map.entry("follow_up", "followup"), Map.entry("score_state", "scoring"),
			Map.entry("score_constants", "scoring"), Map.entry("reconnect_week", "reconnect"),
			Map.entry("reconnect_suggestion", "reconnect"), Map.entry("reconnect_not_now", "reconnect"),
			Map.entry("sample_contact", "demo"), Map.entry("import_record", "importing"),
			Map.entry("important_date", "contact"), Map.entry("digest_setting", "reminders"),
			Map.entry("digest_send", "reminders"), Map.entry("reminder_key", "reminders"),
			Map.entry("calendar_feed", "reminders"), Map.entry("recovery_code", "account"),
			Map.entry("two_factor", "account"), Map.entry("contact_email", "contact"),
			Map.entry("contact_phone", "contact"), Map.entry("contact_address", "contact"),
			Map.entry("contact_photo", "contact"), Map.entry("score_generation", "scoring"),
			Map.entry("pending_import", "importing"), Map.entry("pending_import_part", "importing"),
			Map.entry("life_event", "depth"), Map.entry("life_event_proposal", "depth"),
			Map.entry("storage_probe", "shared"), Map.entry("shedlock", "shared"),
			Map.entry("duplicate_dismissal", "contact"), Map.entry("spring_session", "account"),
			Map.entry("sign_in_failure", "account"), Map.entry("spring_session_attributes", "account"),
			Map.entry("passkey_user", "account"), Map.entry("user_credentials", "account"));

	/**
	 * Known exceptions to {@link #noModuleWritesAnotherModulesTables()}, with the reason
	 * in docs/architecture.md: restoring a whole-account backup writes every module's
	 * rows in one transaction, before any module's services could run on them.
	 */
	private static final List<String> KNOWN_CROSS_MODULE_WRITERS = List.of("importing/backup/BackupRestorer.java");

	/**
	 * Known exceptions to {@link #plainJdbcIsInternalOrPackagePrivate()}, each to be
	 * moved into its module's internal package: new entries are not welcome.
	 */
	private static final String[] KNOWN_PUBLIC_JDBC = { "dev.rapport.reminders.CalendarFeedService",
			// Deletes the account's rows of Spring Session's table, which has no
			// repository.
			"dev.rapport.account.AccountDeletionService",
			// Runs H2's whole-database BACKUP statement; it reads no module's table in
			// particular.
			"dev.rapport.backup.BackupService" };

	private static final Pattern SQL_WRITE = Pattern.compile(
			"\\b(?:insert\\s+into|delete\\s+from|merge\\s+into|update)\\s+([a-z_][a-z0-9_]*)\\b(?=\\s*(?:\\(|values|set|where|key|using|[a-z]+\\s+set))");

	@Test
	void controllersAndAdviceArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(ControllerAdvice.class)
			.or()
			.areAnnotatedWith(RestControllerAdvice.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.because("requests reach controllers through Spring, never through another class")
			.check(MAIN);
	}

	@Test
	void onlyTheWebLayerAsksWhoIsSignedIn() {
		noClasses().that()
			.resideOutsideOfPackages("dev.rapport.account..", "dev.rapport.*.web..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(CurrentUser.class.getName())
			.because("who and when are resolved once per request (an Owner) and passed to services, so "
					+ "\"today\" cannot differ between two parts of one request")
			.check(MAIN);
	}

	@Test
	void entitiesAndRepositoriesLiveInTheirModulesInternalPackage() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAnnotatedWith(Embeddable.class)
			.or()
			.areAssignableTo(Repository.class)
			.should()
			.resideInAPackage("dev.rapport.*.*..")
			.because("other modules must not see a module's persistence types (Modulith hides a module's "
					+ "sub-packages, such as internal, from the others)")
			.check(MAIN);
	}

	@Test
	void plainJdbcIsInternalOrPackagePrivate() {
		noClasses().that()
			.resideInAPackage("dev.rapport.*")
			.and()
			.arePublic()
			.and()
			.doNotHaveFullyQualifiedName(KNOWN_PUBLIC_JDBC[0])
			.and()
			.doNotHaveFullyQualifiedName(KNOWN_PUBLIC_JDBC[1])
			.and()
			.doNotHaveFullyQualifiedName(KNOWN_PUBLIC_JDBC[2])
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcTemplate.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.because("a public class with SQL would let another module reach this module's tables")
			.check(MAIN);
	}

	@Test
	void noModuleWritesAnotherModulesTables() throws IOException {
		List<String> violations = new ArrayList<>();
		Path root = Path.of("src/main/java/dev/rapport");
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
				Path relative = root.relativize(file);
				if (relative.getNameCount() < 2) {
					return;
				}
				String module = relative.getName(0).toString();
				if (KNOWN_CROSS_MODULE_WRITERS.contains(relative.toString().replace('\\', '/'))) {
					return;
				}
				for (String table : tablesWrittenBy(read(file))) {
					String owner = TABLE_OWNERS.get(table);
					if (owner == null) {
						violations.add(file + " writes " + table + ", which has no owner in TABLE_OWNERS");
					}
					else if (!owner.equals(module)) {
						violations.add(file + " (" + module + ") writes " + owner + "'s table " + table);
					}
				}
			});
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theTableCheckFindsWrites() {
		assertThat(tablesWrittenBy("""
				"insert into contact (owner_id) values (?)"
				"update interaction i set summary = ? where id = ?"
				"update score_state set anchor = ?"
				"delete from follow_up where id = ?"
				// We update contact details by hand.
				""")).containsExactly("contact", "interaction", "score_state", "follow_up");
	}

	private static List<String> tablesWrittenBy(String source) {
		List<String> tables = new ArrayList<>();
		Matcher matcher = SQL_WRITE.matcher(source);
		while (matcher.find()) {
			tables.add(matcher.group(1));
		}
		return tables;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
