package dev.rapport.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.rapport.account.passkey.StoredPasskeys;
import dev.rapport.demo.SampleDataService;
import dev.rapport.support.SignedInBrowser;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting an account removes every row of its owner in every table, and nothing of
 * anybody else. The tables are found in the database's own catalogue
 * (INFORMATION_SCHEMA), not listed by hand, so a table added later is covered too: one
 * with an {@code owner_id} is counted before and after, and the schema test fails for a
 * table whose rows would outlive their owner.
 */
@WebIntegrationTest
class AccountDeletionTests {

	/**
	 * Tables that hold no user's data (the schema history, scoring constants, the health
	 * check's probe row, the key that signs reminder unsubscribe links, score cache
	 * generations per bucket, scheduler locks), or whose user rows are removed explicitly
	 * by {@link AccountDeletionService} (sessions are keyed by user id, remember-me
	 * logins by email). Failed sign-ins belong to no account: they are keyed by a hash of
	 * whatever email and address were tried, and leave within the throttle's 15 minutes.
	 */
	static final Set<String> NOT_OWNED = Set.of("flyway_schema_history", "score_constants", "storage_probe",
			"reminder_key", "score_generation", "shedlock", "spring_session", "spring_session_attributes",
			"persistent_logins", "sign_in_failure");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	SampleDataService samples;

	@Autowired
	PublicKeyCredentialUserEntityRepository passkeyUsers;

	@Autowired
	UserCredentialRepository passkeys;

	@Test
	void deletingAnAccountLeavesNoRowOfItsOwnerAndEveryRowOfTheOthers() {
		AccountPrincipal leaving = userWithData();
		AccountPrincipal staying = userWithData();
		String leavingToken = this.tokens.create(leaving.id(), new NewAccessToken("script")).token();
		SignedInBrowser leavingLaptop = signIn(leaving, "203.0.113.1");
		SignedInBrowser leavingPhone = signIn(leaving, "203.0.113.2");
		SignedInBrowser stayingLaptop = signIn(staying, "203.0.113.3");
		leavingLaptop.get("/this-week");
		stayingLaptop.get("/this-week");

		Map<String, Long> leavingBefore = rowsPerOwnedTable(leaving.id());
		Map<String, Long> stayingBefore = rowsPerOwnedTable(staying.id());
		for (String table : List.of("contact", "interaction", "follow_up", "score_state", "sample_contact",
				"access_token", "reconnect_week", "passkey_user")) {
			assertThat(leavingBefore.get(table)).as("the leaving user's rows in " + table).isPositive();
		}
		assertThat(rowsOfAccount(leaving)).allSatisfy((what, rows) -> assertThat(rows).as(what).isPositive());
		// Passkeys hang off the account's WebAuthn user handle, not an owner_id: counted
		// by handle.
		String leavingHandle = this.passkeyUsers.findByUsername(leaving.email()).getId().toBase64UrlString();
		String stayingHandle = this.passkeyUsers.findByUsername(staying.email()).getId().toBase64UrlString();
		assertThat(passkeysOf(leavingHandle)).isEqualTo(2);
		assertThat(passkeysOf(stayingHandle)).isEqualTo(2);

		assertThat(leavingLaptop.get("/settings/delete")).as("the full export is offered first")
			.hasStatusOk()
			.bodyText()
			.contains("Download your data first", "href=\"/settings/data\"");
		assertThat(leavingLaptop.post("/settings/delete", "password", "not my password")).hasStatusOk()
			.bodyText()
			.contains("That is not your current password.");
		assertThat(rowsPerOwnedTable(leaving.id())).isEqualTo(leavingBefore);

		assertThat(leavingLaptop.post("/settings/delete", "password", TestUsers.PASSWORD))
			.hasRedirectedUrl("/login?deleted");

		assertThat(rowsPerOwnedTable(leaving.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		assertThat(rowsOfAccount(leaving)).allSatisfy((what, rows) -> assertThat(rows).as(what).isZero());
		assertThat(rowsPerOwnedTable(staying.id())).isEqualTo(stayingBefore);
		assertThat(rowsOfAccount(staying)).allSatisfy((what, rows) -> assertThat(rows).as(what).isPositive());
		assertThat(passkeysOf(leavingHandle)).as("the leaving user's passkeys").isZero();
		assertThat(passkeysOf(stayingHandle)).as("the staying user's passkeys").isEqualTo(2);

		assertThat(leavingPhone.get("/")).hasStatus3xxRedirection();
		assertThat(leavingPhone.getWithRememberMeOnly("/")).hasStatus3xxRedirection();
		assertThat(this.tokens.authenticate(leavingToken)).isEmpty();
		assertThat(stayingLaptop.get("/")).hasStatusOk();
		assertThat(stayingLaptop.getWithRememberMeOnly("/")).hasStatusOk();
	}

	/**
	 * Every table either has an {@code owner_id} (deleted with the account by its
	 * cascading key), hangs off such a table by a key with {@code on delete cascade}, or
	 * is listed in {@link #NOT_OWNED}. A new table that is none of these would keep a
	 * deleted user's rows.
	 */
	@Test
	void everyTableIsDeletedWithItsOwner() {
		Set<String> tables = new HashSet<>(lower(this.jdbc
			.queryForList("select table_name from information_schema.tables where upper(table_schema) = 'PUBLIC' "
					+ "and upper(table_type) in ('BASE TABLE', 'TABLE')", String.class)));
		List<Map<String, Object>> cascades = this.jdbc.queryForList("""
				select child.table_name as child, parent.table_name as parent
				from information_schema.referential_constraints rc
				join information_schema.table_constraints child on child.constraint_name = rc.constraint_name
				  and child.constraint_schema = rc.constraint_schema
				join information_schema.table_constraints parent on parent.constraint_name = rc.unique_constraint_name
				  and parent.constraint_schema = rc.unique_constraint_schema
				where upper(rc.delete_rule) = 'CASCADE' and upper(rc.constraint_schema) = 'PUBLIC'
				""");
		Set<String> ownedByCascade = new HashSet<>(Set.of("app_user"));
		Set<String> ownerIdTables = ownedTables();
		assertThat(ownerIdTables).as("tables with owner_id").contains("contact", "interaction", "access_token");
		for (String table : ownerIdTables) {
			assertThat(cascades).as(table + ".owner_id references app_user (id) on delete cascade").anySatisfy(fk -> {
				assertThat(lower(fk.get("child"))).isEqualTo(table);
				assertThat(lower(fk.get("parent"))).isEqualTo("app_user");
			});
		}
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Map<String, Object> fk : cascades) {
				if (ownedByCascade.contains(lower(fk.get("parent"))) && ownedByCascade.add(lower(fk.get("child")))) {
					grew = true;
				}
			}
		}

		Set<String> orphaned = new HashSet<>(tables);
		orphaned.removeAll(ownedByCascade);
		orphaned.removeAll(NOT_OWNED);
		assertThat(orphaned)
			.as("tables whose rows outlive a deleted account: give them an owner_id referencing "
					+ "app_user (id) on delete cascade, or a cascading key to such a table")
			.isEmpty();
		assertThat(tables).as("the catalogue query sees the schema").contains("contact_tag", "spring_session");
	}

	private AccountPrincipal userWithData() {
		AccountPrincipal user = TestUsers.signUp(this.accounts,
				"Leaver-" + UUID.randomUUID().toString().substring(0, 8));
		this.samples.load(user.id(), LocalDate.of(2026, 11, 18));
		this.tokens.create(user.id(), new NewAccessToken("backup"));
		StoredPasskeys.store(this.passkeyUsers, this.passkeys, user.email(), "Laptop", Instant.now());
		StoredPasskeys.store(this.passkeyUsers, this.passkeys, user.email(), "Phone", Instant.now());
		return user;
	}

	private SignedInBrowser signIn(AccountPrincipal user, String address) {
		return SignedInBrowser.signIn(this.mvc, user.email(), TestUsers.PASSWORD, SignedInBrowser.FIREFOX, address,
				true);
	}

	/** Rows of the owner in every table that has an owner_id column. */
	private Map<String, Long> rowsPerOwnedTable(long ownerId) {
		Map<String, Long> rows = new TreeMap<>();
		for (String table : ownedTables()) {
			rows.put(table, this.jdbc.queryForObject("select count(*) from " + table + " where owner_id = ?",
					Long.class, ownerId));
		}
		return rows;
	}

	/**
	 * The account row itself and what is keyed by its id or email rather than owner_id.
	 */
	private Map<String, Long> rowsOfAccount(AccountPrincipal user) {
		return Map.of("app_user", count("select count(*) from app_user where id = ?", user.id()), "spring_session",
				count("select count(*) from spring_session where principal_name = ?", Long.toString(user.id())),
				"persistent_logins", count("select count(*) from persistent_logins where username = ?", user.email()),
				"contact_tag",
				count("select count(*) from contact_tag t join contact c on c.id = t.contact_id "
						+ "where c.owner_id = ?", user.id()),
				"interaction_participant", count("select count(*) from interaction_participant p "
						+ "join interaction i on i.id = p.interaction_id where i.owner_id = ?", user.id()));
	}

	private long passkeysOf(String userHandle) {
		return count("select count(*) from user_credentials where user_entity_user_id = ?", userHandle);
	}

	private long count(String sql, Object argument) {
		return this.jdbc.queryForObject(sql, Long.class, argument);
	}

	private Set<String> ownedTables() {
		return new HashSet<>(lower(this.jdbc
			.queryForList("select table_name from information_schema.columns where upper(table_schema) = 'PUBLIC' "
					+ "and upper(column_name) = 'OWNER_ID'", String.class)));
	}

	private static List<String> lower(List<String> names) {
		return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
	}

	private static String lower(Object name) {
		return name.toString().toLowerCase(Locale.ROOT);
	}

}
