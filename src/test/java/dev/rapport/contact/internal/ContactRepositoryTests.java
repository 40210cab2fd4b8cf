package dev.rapport.contact.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact list's queries against the Flyway schema: search, tags, archive and owner
 * scoping.
 */
@DataJpaTest
class ContactRepositoryTests {

	@Autowired
	ContactRepository contacts;

	@Autowired
	JdbcTemplate jdbc;

	long owner;

	long stranger;

	@BeforeEach
	void twoOwners() {
		this.owner = user("owner@example.com");
		this.stranger = user("stranger@example.com");
		save(this.owner, "Ana", "Lima", "Kestrel Labs", "ana@kestrel.example", Set.of("friend"), null);
		save(this.owner, "Bruno", "Reis", "100% Juice", null, Set.of("work"), LocalDate.of(2026, 11, 1));
		save(this.owner, "Chloe", "Ng", null, "chloe_ng@example.com", Set.of("friend", "work"),
				LocalDate.of(2026, 10, 1));
		save(this.stranger, "Ana", "Stranger", "Kestrel Labs", null, Set.of("friend"), null);
	}

	@Test
	void searchesNameCompanyAndEmailOfTheOwnerOnly() {
		assertThat(names(search("%kestrel%", null))).containsExactly("Ana Lima");
		assertThat(names(search("%ana l%", null))).containsExactly("Ana Lima");
		assertThat(names(search("%chloe\\_ng%", null))).containsExactly("Chloe Ng");
		assertThat(names(search(null, null))).containsExactlyInAnyOrder("Ana Lima", "Bruno Reis", "Chloe Ng");
	}

	@Test
	void escapedWildcardsMatchLiterally() {
		assertThat(names(search("%100\\%%", null))).containsExactly("Bruno Reis");
		assertThat(names(search("%\\%%", null))).containsExactly("Bruno Reis");
	}

	@Test
	void filtersByTag() {
		assertThat(names(search(null, "work"))).containsExactlyInAnyOrder("Bruno Reis", "Chloe Ng");
		assertThat(this.contacts.findTagsOf(this.owner)).containsExactly("friend", "work");
	}

	@Test
	void sortsByLastInteractionWithNeverLast() {
		List<Contact> sorted = this.contacts
			.search(this.owner, false, null, null, null, false,
					PageRequest.of(0, 10, Sort.by(Sort.Order.desc("lastInteractionOn").nullsLast())))
			.getContent();
		assertThat(sorted).extracting(Contact::displayName).containsExactly("Bruno Reis", "Chloe Ng", "Ana Lima");
	}

	@Test
	void archivedContactsAreListedSeparately() {
		Contact ana = this.contacts.search(this.owner, false, "%ana%", null, null, false, PageRequest.of(0, 1))
			.getContent()
			.get(0);
		ana.archive();
		this.contacts.flush();
		assertThat(names(search(null, null))).containsExactlyInAnyOrder("Bruno Reis", "Chloe Ng");
		assertThat(this.contacts.search(this.owner, true, null, null, null, false, PageRequest.of(0, 10)).getContent())
			.extracting(Contact::displayName)
			.containsExactly("Ana Lima");
	}

	private List<Contact> search(String pattern, String tag) {
		return this.contacts.search(this.owner, false, pattern, null, tag, false, PageRequest.of(0, 10)).getContent();
	}

	private static List<String> names(List<Contact> contacts) {
		return contacts.stream().map(Contact::displayName).toList();
	}

	private long user(String email) {
		this.jdbc.update("insert into app_user (email, display_name, password_hash, time_zone, created_at) "
				+ "values (?, 'User', 'x', 'UTC', current_timestamp)", email);
		return this.jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
	}

	private void save(long ownerId, String first, String last, String company, String email, Set<String> tags,
			LocalDate lastInteraction) {
		Contact contact = new Contact(ownerId, ContactSource.MANUAL, Instant.parse("2026-11-18T10:00:00Z"));
		contact.edit(new Contact.Details(first, last, email, null, company, null, null, null, null, null, null, false,
				tags));
		Contact saved = this.contacts.saveAndFlush(contact);
		if (lastInteraction != null) {
			this.contacts.recordLastInteraction(ownerId, saved.getId(), lastInteraction);
		}
	}

}
