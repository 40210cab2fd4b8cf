package dev.rapport.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.rapport.account.AccountService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.NameSortKeys;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact list sorts by stored lower-case names ({@link NameSortKey}) so that a page
 * is read by index; the order must stay the one the list always had, which the database
 * itself computes here from the names (first name, then last name, ignoring case, then
 * id), page by page, on H2 and on PostgreSQL.
 */
@WebIntegrationTest
class ContactServiceNameOrderTests {

	/**
	 * Case, accents, the same first name, no last name, a prefix of another name, a
	 * dotted capital I and names that are equal ignoring case (the id decides).
	 */
	private static final String[][] NAMES = { { "anna", "Zed" }, { "Anna", "able" }, { "ANNA", null },
			{ "Annabel", "Jones" }, { "Ånne-Mette", "Søndergaard" }, { "Élodie", "Martin" }, { "elodie", "martin" },
			{ "Zoë", "Quinn" }, { "Zoe", "Quinn" }, { "İpek", "Yılmaz" }, { "ipek", "Aydın" }, { "bo", null },
			{ "Bo", "Andersen" }, { "O'Brien", "Kate" }, { "van der Berg", "Jan" }, { "Émile", "Zola" },
			{ "Chloé", "Ng" }, { "chloe", "Ng" } };

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	JdbcTemplate jdbc;

	long owner;

	@BeforeEach
	void aNetworkWithAwkwardNames() {
		this.owner = TestUsers.signUp(this.accounts, "NameOrder").id();
		for (String[] name : NAMES) {
			this.contacts.create(this.owner, ContactMother.named(name[0], name[1]));
		}
	}

	@Test
	void theListPagesThroughTheContactsInTheOrderOfTheirNamesIgnoringCase() {
		assertThat(listed(ContactSort.NAME)).isNotEmpty()
			.containsExactlyElementsOf(ids("order by lower(first_name), lower(last_name), id"));
		assertThat(this.contacts.activeContacts(this.owner)).extracting(ContactRef::id)
			.containsExactlyElementsOf(ids("order by lower(first_name), lower(last_name), id"));
	}

	@Test
	void byLastInteractionTheNamesBreakTiesAsBefore() {
		List<Long> byName = listed(ContactSort.NAME);
		this.contacts.recordLastInteraction(this.owner, byName.get(5), LocalDate.of(2026, 11, 1));
		this.contacts.recordLastInteraction(this.owner, byName.get(2), LocalDate.of(2026, 11, 1));
		this.contacts.recordLastInteraction(this.owner, byName.get(9), LocalDate.of(2026, 10, 1));

		assertThat(listed(ContactSort.LAST_INTERACTION))
			.containsExactlyElementsOf(ids("order by last_interaction_on desc nulls last, lower(first_name), id"));
	}

	@Test
	void anEditedNameMovesTheContactAndEveryKeyMatchesItsName() {
		long anna = listed(ContactSort.NAME).get(0);
		this.contacts.update(this.owner, anna, ContactMother.named("Zuzana", "ÖSTERGAARD"));
		long bo = this.contacts.create(this.owner, ContactMother.named("Aaron", null));

		List<Long> listed = listed(ContactSort.NAME);
		// Lower-case code point order, as before: "Zuzana" right after the other Z names,
		// before the names that start with an accented letter.
		assertThat(listed).startsWith(bo);
		assertThat(listed.indexOf(anna)).isEqualTo(listed.indexOf(idOf("Zoë")) + 1);
		assertThat(listed).containsExactlyElementsOf(ids("order by lower(first_name), lower(last_name), id"));
		assertThat(NameSortKeys.contacts(this.jdbc)).isGreaterThanOrEqualTo(NAMES.length + 1);
		assertThat(NameSortKeys.staleRows(this.jdbc)).isEmpty();
	}

	private long idOf(String firstName) {
		return this.jdbc.queryForObject("select id from contact where owner_id = ? and first_name = ?", Long.class,
				this.owner, firstName);
	}

	/** Every page of the list, four contacts a page, joined. */
	private List<Long> listed(ContactSort sort) {
		List<Long> ids = new ArrayList<>();
		Page<ContactSummary> page = null;
		int number = 0;
		do {
			page = this.contacts.list(TestUsers.owner(this.owner), new ContactQuery(null, null, false, sort),
					PageRequest.of(number++, 4));
			page.getContent().forEach((contact) -> ids.add(contact.id()));
		}
		while (page.hasNext());
		assertThat(page.getTotalElements()).isEqualTo(ids.size());
		return ids;
	}

	/** The order the database gives by the names themselves, as the list did before. */
	private List<Long> ids(String orderBy) {
		return this.jdbc.queryForList("select id from contact where owner_id = ? and archived = false " + orderBy,
				Long.class, this.owner);
	}

}
