package dev.rapport.contact;

import java.util.Set;
import java.util.List;

import dev.rapport.account.AccountService;
import dev.rapport.shared.NotFoundException;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WebIntegrationTest
class DuplicateServiceTests {

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	DuplicateService duplicates;

	long owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Dupes").id();
	}

	@Test
	void findsTheSameEmailPhoneAndLinkedInProfileWhateverTheirSpelling() {
		long ana = add("Ana", "Lima", "ana@example.com", null, null, null);
		long anaWork = add("A.", "Lima", "ANA@Example.com ", null, null, null);
		long ben = add("Ben", "Okafor", null, "+49 30 1234-567", null, null);
		long benPhone = add("Benjamin", "O.", null, "0049 (30) 1234567", null, null);
		long cy = add("Cy", "Park", null, null, null, "http://www.linkedin.com/in/cy-park/");
		long cyAgain = add("Cyrus", "P", null, null, null, "https://linkedin.com/in/Cy-Park");

		assertThat(this.duplicates.find(this.owner)).containsExactly(
				new DuplicatePair(ana, anaWork, DuplicateReason.SAME_EMAIL),
				new DuplicatePair(ben, benPhone, DuplicateReason.SAME_PHONE),
				new DuplicatePair(cy, cyAgain, DuplicateReason.SAME_LINKEDIN));
	}

	@Test
	void findsSimilarNamesAtTheSameCompany() {
		long bob = add("Bob", "Smith", null, null, "Kestrel Labs", null);
		long robert = add("Robert", "Smith", null, null, "kestrel labs inc.", null);
		long jose = add("José", "Álvarez", null, null, null, null);
		long joseAgain = add("Jose", "Alvarez", null, null, null, null);
		long swapped = add("Park", "Min", null, null, "Acme", null);
		long min = add("Min", "Park", null, null, "ACME", null);
		add("Bob", "Smith", null, null, "Another Company", null);
		add("Ana", null, null, null, null, null);
		add("Ana", null, null, null, null, null);

		assertThat(this.duplicates.find(this.owner)).containsExactlyInAnyOrder(
				new DuplicatePair(bob, robert, DuplicateReason.SIMILAR_NAME),
				new DuplicatePair(jose, joseAgain, DuplicateReason.SIMILAR_NAME),
				new DuplicatePair(swapped, min, DuplicateReason.SIMILAR_NAME));
	}

	@Test
	void lettersWithoutASeparableAccentMeetTheirPlainSpelling() {
		// ø, ł and ß do not decompose: they are spelled out as the contact list does.
		long soren = add("Søren", "Kierkegaard", null, null, null, null);
		long sorenPlain = add("Soren", "Kierkegaard", null, null, null, null);
		long lukasz = add("Łukasz", "Wałęsa", null, null, null, null);
		long lukaszPlain = add("Lukasz", "Walesa", null, null, null, null);
		long strauss = add("Johann", "Strauß", null, null, null, null);
		long straussPlain = add("Johann", "Strauss", null, null, null, null);
		add("Sören", "Kirk", null, null, null, null);

		assertThat(this.duplicates.find(this.owner)).containsExactlyInAnyOrder(
				new DuplicatePair(soren, sorenPlain, DuplicateReason.SIMILAR_NAME),
				new DuplicatePair(lukasz, lukaszPlain, DuplicateReason.SIMILAR_NAME),
				new DuplicatePair(strauss, straussPlain, DuplicateReason.SIMILAR_NAME));
	}

	@Test
	void reportsAPairOnceWithItsStrongestReason() {
		long ana = add("Ana", "Lima", "ana@example.com", "+351 1", "Kestrel", null);
		long again = add("Ana", "Lima", "ana@example.com", "+351 1", "Kestrel", null);

		assertThat(this.duplicates.find(this.owner))
			.containsExactly(new DuplicatePair(ana, again, DuplicateReason.SAME_EMAIL));
	}

	@Test
	void aDismissedPairIsNeverSuggestedAgainUntilUndone() {
		long ana = add("Ana", "Lima", "ana@example.com", null, null, null);
		long again = add("Ana", "Lima", "ana@example.com", null, null, null);

		this.duplicates.dismiss(this.owner, again, ana);
		this.duplicates.dismiss(this.owner, ana, again);
		assertThat(this.duplicates.find(this.owner)).isEmpty();

		this.duplicates.undismiss(this.owner, ana, again);
		assertThat(this.duplicates.find(this.owner)).hasSize(1);
	}

	@Test
	void aSharedEmailOfManyPeopleSaysNothing() {
		for (int i = 0; i <= DuplicateService.MAX_GROUP; i++) {
			add("Person" + i, "Number" + i, "office@example.com", null, null, null);
		}
		assertThat(this.duplicates.find(this.owner)).isEmpty();
	}

	@Test
	void seesOnlyTheOwnersContacts() {
		long ana = add("Ana", "Lima", "ana@example.com", null, null, null);
		long stranger = TestUsers.signUp(this.accounts, "Stranger").id();
		long theirs = this.contacts.create(stranger, new ContactCommand("Ana", "Lima", "ana@example.com", null, null,
				null, null, null, null, null, null, null, false, Set.of(), null));

		assertThat(this.duplicates.find(this.owner)).isEmpty();
		assertThat(this.duplicates.find(stranger)).isEmpty();
		assertThatThrownBy(() -> this.duplicates.dismiss(this.owner, ana, theirs))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.duplicates.suggestions(this.owner)).isEqualTo(List.of());
	}

	private long add(String first, String last, String email, String phone, String company, String linkedin) {
		return this.contacts.create(this.owner, new ContactCommand(first, last, email, phone, company, null, null,
				linkedin, null, null, null, null, false, Set.of(), null));
	}

}
