package dev.rapport.contact;

import db.migration.V11_13__FoldedNameSortKeys;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.rapport.account.AccountService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.NameSortKeys;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contact list sorts by stored keys ({@link NameSortKey}) so that a page is read by
 * index; the order is the one a person reading the names expects (first name, then last
 * name, ignoring case, accents and punctuation, then id; no last name first among equal
 * first names), page by page, the same on H2 and on PostgreSQL, and the migration that
 * recomputes the stored keys gives existing contacts that order too.
 */
@WebIntegrationTest
class ContactServiceNameOrderTests {

	/**
	 * Case, accents, letters without a separable accent (Ø, Ł), the same first name, no
	 * last name, a prefix of another name, punctuation and spaces, a dotted capital I and
	 * names that are equal but for case or accents (the id decides: the order here).
	 */
	private static final String[][] NAMES = { { "anna", "Zed" }, { "Anna", "able" }, { "ANNA", null },
			{ "Annabel", "Jones" }, { "Ånne-Mette", "Søndergaard" }, { "Élodie", "Martin" }, { "elodie", "martin" },
			{ "Zoë", "Quinn" }, { "Zoe", "Quinn" }, { "İpek", "Yılmaz" }, { "ipek", "Aydın" }, { "bo", null },
			{ "Bo", "Andersen" }, { "O'Brien", "Kate" }, { "van der Berg", "Jan" }, { "Émile", "Zola" },
			{ "Chloé", "Ng" }, { "chloe", "Ng" }, { "Ánh", "Nguyen" }, { "Ana", "Lima" }, { "Øyvind", "Berg" },
			{ "Oscar", "Wilde" }, { "Łukasz", "Nowak" }, { "Lucía", "Álvarez" }, { "Lucia", null } };

	/** The names above as the list shows them, in the order a reader expects. */
	private static final List<String> READING_ORDER = List.of("Ana Lima", "Ánh Nguyen", "ANNA", "Anna able", "anna Zed",
			"Annabel Jones", "Ånne-Mette Søndergaard", "bo", "Bo Andersen", "Chloé Ng", "chloe Ng", "Élodie Martin",
			"elodie martin", "Émile Zola", "ipek Aydın", "İpek Yılmaz", "Lucia", "Lucía Álvarez", "Łukasz Nowak",
			"O'Brien Kate", "Oscar Wilde", "Øyvind Berg", "van der Berg Jan", "Zoë Quinn", "Zoe Quinn");

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	long owner;

	@BeforeEach
	void aNetworkWithAwkwardNames() {
		this.owner = TestUsers.signUp(this.accounts, "NameOrder").id();
		for (String[] name : NAMES) {
			this.contacts.create(this.owner, ContactMother.named(name[0], name[1]));
		}
	}

	@Test
	void theListPagesThroughTheContactsInTheOrderAReaderExpects() {
		assertThat(names(listed(ContactSort.NAME))).containsExactlyElementsOf(READING_ORDER);
		assertThat(this.contacts.activeContacts(this.owner)).extracting(ContactRef::id)
			.containsExactlyElementsOf(listed(ContactSort.NAME));
	}

	@Test
	void theKeysFoldCaseAccentsAndPunctuation() {
		assertThat(NameSortKey.of("Émile")).isEqualTo("emile");
		assertThat(NameSortKey.of("ØYVIND")).isEqualTo("oyvind");
		assertThat(NameSortKey.of("Straße")).isEqualTo(NameSortKey.of("STRASSE")).isEqualTo("strasse");
		assertThat(NameSortKey.of("Æsa Œuvre-Đorđević")).isEqualTo("aesaoeuvredordevic");
		assertThat(NameSortKey.of("İpek")).isEqualTo("ipek");
		assertThat(NameSortKey.of("O'Brien")).isEqualTo("obrien");
		assertThat(NameSortKey.of("ﬁona")).isEqualTo("fiona");
		assertThat(NameSortKey.of("Þóra")).isEqualTo("thora");
		assertThat(NameSortKey.of(null)).isEmpty();
		assertThat(NameSortKey.of("ß".repeat(ContactLimits.NAME))).hasSize(NameSortKey.MAX_LENGTH);
	}

	@Test
	void aSearchFindsNamesWhateverTheirAccentsAndKeepsTheirOrder() {
		assertThat(names(found("an"))).containsExactly("Ana Lima", "Ánh Nguyen", "ANNA", "Anna able", "anna Zed",
				"Annabel Jones", "Ånne-Mette Søndergaard", "Bo Andersen", "van der Berg Jan");
		assertThat(names(found("emile"))).containsExactly("Émile Zola");
		assertThat(names(found("SONDERGAARD"))).containsExactly("Ånne-Mette Søndergaard");
		assertThat(names(found("obrien"))).containsExactly("O'Brien Kate");
		assertThat(names(found("lucia alvarez"))).containsExactly("Lucía Álvarez");
		assertThat(names(found("Zoë"))).containsExactly("Zoë Quinn", "Zoe Quinn");
		assertThat(found("'")).containsExactly(idOf("O'Brien"));
	}

	@Test
	void aSearchMatchesWithinTheNamesNotAcrossTheEndOfOneAndTheStartOfTheNext() {
		// "ipek" + "aydin" and "anna" + "zed" hold these only across the two names.
		assertThat(found("kay")).isEmpty();
		assertThat(names(found("naz"))).isEmpty();
		assertThat(names(found("emile zola"))).containsExactly("Émile Zola");
		assertThat(names(found("ipek aydin"))).containsExactly("ipek Aydın");
		assertThat(names(found("Jones  Annabel"))).isEmpty();
		assertThat(names(found("der berg"))).containsExactly("van der Berg Jan");
		assertThat(names(found("o'brien kate"))).containsExactly("O'Brien Kate");
	}

	@Test
	void byLastInteractionTheNamesBreakTiesAsBefore() {
		List<Long> byName = listed(ContactSort.NAME);
		this.contacts.recordLastInteraction(this.owner, byName.get(5), LocalDate.of(2026, 11, 1));
		this.contacts.recordLastInteraction(this.owner, byName.get(2), LocalDate.of(2026, 11, 1));
		this.contacts.recordLastInteraction(this.owner, byName.get(9), LocalDate.of(2026, 10, 1));

		List<Long> expected = new ArrayList<>(List.of(byName.get(2), byName.get(5), byName.get(9)));
		byName.stream().filter((id) -> !expected.contains(id)).forEach(expected::add);
		assertThat(listed(ContactSort.LAST_INTERACTION)).containsExactlyElementsOf(expected);
	}

	@Test
	void anEditedNameMovesTheContactAndEveryKeyMatchesItsName() {
		long anna = listed(ContactSort.NAME).get(2);
		this.contacts.update(this.owner, anna, ContactMother.named("Zuzana", "ÖSTERGAARD"));
		long aaron = this.contacts.create(this.owner, ContactMother.named("Aaron", null));

		List<Long> listed = listed(ContactSort.NAME);
		assertThat(listed).startsWith(aaron).endsWith(anna);
		assertThat(NameSortKeys.contacts(this.jdbc)).isGreaterThanOrEqualTo(NAMES.length + 1);
		assertThat(NameSortKeys.staleRows(this.jdbc)).isEmpty();
	}

	/**
	 * Contacts stored before the keys folded accents (lower-case names, a null last name)
	 * take the new keys, a few at a time, and the list reads them in the expected order.
	 */
	@Test
	void theMigrationGivesExistingContactsTheNewKeys() throws Exception {
		this.jdbc.execute("alter table contact alter column sort_last drop not null");
		try {
			int old = this.jdbc
				.update("update contact set sort_first = lower(first_name), sort_last = lower(last_name)");
			assertThat(NameSortKeys.staleRows(this.jdbc)).isNotEmpty();

			V11_13__FoldedNameSortKeys migration = new V11_13__FoldedNameSortKeys(4);
			try (Connection connection = this.dataSource.getConnection()) {
				assertThat(migration.recomputeKeys(connection)).isPositive().isLessThanOrEqualTo(old);
				assertThat(migration.recomputeKeys(connection)).isZero();
			}
		}
		finally {
			try (Connection connection = this.dataSource.getConnection()) {
				new V11_13__FoldedNameSortKeys().migrate(new MigrationContext(connection));
			}
		}
		assertThat(NameSortKeys.staleRows(this.jdbc)).isEmpty();
		assertThat(names(listed(ContactSort.NAME))).containsExactlyElementsOf(READING_ORDER);
		assertThat(this.jdbc.queryForObject("select count(*) from contact where sort_last is null", Integer.class))
			.isZero();
	}

	/**
	 * On H2 (which uses an index for an ORDER BY only when it names the index's columns
	 * from the first), a page by name is read from the index in its order, not sorted:
	 * the list's statement as Hibernate sends it, every filter a parameter.
	 */
	@Test
	void onH2APageByNameIsReadFromTheIndexInItsOrder() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"), "an H2 query plan");
		}
		String plan = String.join("\n", this.jdbc.queryForList("""
				explain select c.id from contact c where c.owner_id = ? and c.archived = ?
				  and (cast(? as varchar) is null or lower(c.first_name) like ? escape '\\'
				       or concat(c.sort_first, c.sort_last) like ?)
				order by c.owner_id, c.archived, c.sort_first, c.sort_last, c.id
				offset ? rows fetch first ? rows only""", String.class, this.owner, false, null, null, null, 0, 25));

		assertThat(plan).containsIgnoringCase("contact_owner_sort_name").containsIgnoringCase("index sorted");
	}

	private long idOf(String firstName) {
		return this.jdbc.queryForObject("select id from contact where owner_id = ? and first_name = ?", Long.class,
				this.owner, firstName);
	}

	/** Every page of the list, four contacts a page, joined. */
	private List<Long> listed(ContactSort sort) {
		return listed(new ContactQuery(null, null, false, sort));
	}

	/** Every page of the list by name of what the search box finds for {@code text}. */
	private List<Long> found(String text) {
		return listed(new ContactQuery(text, null, false, ContactSort.NAME));
	}

	private List<Long> listed(ContactQuery query) {
		List<Long> ids = new ArrayList<>();
		Page<ContactSummary> page = null;
		int number = 0;
		do {
			page = this.contacts.list(TestUsers.owner(this.owner), query, PageRequest.of(number++, 4));
			page.getContent().forEach((contact) -> ids.add(contact.id()));
		}
		while (page.hasNext());
		assertThat(page.getTotalElements()).isEqualTo(ids.size());
		return ids;
	}

	/** The names of these contacts as the list shows them, in the same order. */
	private List<String> names(List<Long> ids) {
		Map<Long, String> names = this.contacts.summaries(this.owner, ids)
			.stream()
			.collect(Collectors.toMap(ContactSummary::id, ContactSummary::displayName));
		return ids.stream().map(names::get).toList();
	}

	/** What Flyway hands a Java migration: the connection to migrate. */
	private record MigrationContext(Connection getConnection) implements Context {

		@Override
		public Configuration getConfiguration() {
			return null;
		}

	}

}
