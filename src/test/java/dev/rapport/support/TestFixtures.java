package dev.rapport.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.importing.ImportService;

import org.springframework.data.domain.PageRequest;

/**
 * The set-up many tests repeat, in one place: a user of their own ({@link TestUsers}),
 * plain contacts ({@link ContactMother}), the address book most import tests read. A bean
 * of every {@link WebIntegrationTest} and {@link ServerIntegrationTest} context (imported
 * by those annotations, so it adds no context of its own): a test takes it with
 * {@code @Autowired TestFixtures fixtures} instead of the services it only needed for
 * set-up.
 */
public class TestFixtures {

	/**
	 * An Apple Contacts export (vCard 3.0) with a photo, several labelled emails, phones
	 * and a postal address for Anne Søndergaard.
	 */
	public static final String APPLE_CONTACTS = "/addressbook/apple-contacts-3.0.vcf";

	private final AccountService accounts;

	private final ContactService contacts;

	private final ImportService imports;

	TestFixtures(AccountService accounts, ContactService contacts, ImportService imports) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.imports = imports;
	}

	/** A new user with a unique email (other tests' rows stay out of sight). */
	public AccountPrincipal signUp(String name) {
		return TestUsers.signUp(this.accounts, name);
	}

	/** A contact with only a name (and a plausible email), of this owner. */
	public long contact(AccountPrincipal owner, String firstName, String lastName) {
		return contact(owner.id(), firstName, lastName);
	}

	public long contact(long ownerId, String firstName, String lastName) {
		return this.contacts.create(ownerId, ContactMother.named(firstName, lastName));
	}

	/**
	 * Imports {@link #APPLE_CONTACTS} for this owner, as the import pages do (stage, then
	 * commit), and answers the id of the contact it made of Anne Søndergaard.
	 */
	public long importAppleContactsAndFindAnne(AccountPrincipal owner) {
		try (InputStream file = getClass().getResourceAsStream(APPLE_CONTACTS)) {
			this.imports.commit(owner.id(), this.imports.stage(owner.id(), "contacts.vcf", file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.contacts
			.listDetails(TestUsers.owner(owner), new ContactQuery("Søndergaard", null, false, ContactSort.NAME),
					PageRequest.of(0, 1))
			.getContent()
			.get(0)
			.id();
	}

}
