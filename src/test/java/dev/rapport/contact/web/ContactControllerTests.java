package dev.rapport.contact.web;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactLimits;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ExistingCard;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebIntegrationTest
class ContactControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
	}

	@Test
	void createsContactAndShowsItsPage() {
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana")
			.param("lastName", "Lima")
			.param("company", "Kestrel Labs")
			.param("tags", "friend, climbing, Friend")
			.param("linkedinUrl", "http://www.linkedin.com/in/ana-lima")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.startsWith("/contacts/");
		ContactDetails ana = onlyContact();
		assertThat(ana.displayName()).isEqualTo("Ana Lima");
		assertThat(ana.tags()).containsExactly("climbing", "friend");
		assertThat(ana.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ana-lima");
		assertThat(this.mvc.get().uri("/contacts/" + ana.id()).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Ana Lima", "Kestrel Labs", "climbing", "Nothing logged with them yet.");
	}

	/** The limits in the messages are the ones the rules apply, stated once in code. */
	@Test
	void aTooLongTagOrTooManyTagsAreRefusedWithTheLimitInTheMessage() {
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana")
			.param("tags", "friend, " + "x".repeat(ContactLimits.TAG + 1))).hasStatusOk()
			.bodyText()
			.contains("is-invalid", "Each tag can be at most " + ContactLimits.TAG + " characters.");
		String tooMany = IntStream.rangeClosed(0, ExistingCard.MAX_TAGS)
			.mapToObj((tag) -> "tag" + tag)
			.collect(Collectors.joining(","));
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana")
			.param("tags", tooMany)).hasStatusOk()
			.bodyText()
			.contains("is-invalid", "Use at most " + ExistingCard.MAX_TAGS + " tags.");
		assertThat(countContacts()).isZero();
	}

	@Test
	void rejectsMissingNameAndBadEmailWithFieldMessagesAndSavesNothing() {
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", " ")
			.param("email", "not-an-email")).hasStatusOk()
			.bodyText()
			.contains("is-invalid", "must not be blank", "must be a well-formed email address");
		assertThat(countContacts()).isZero();
	}

	@Test
	void rejectsLinksThatAreNotWebAddresses() {
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Eve")
			.param("linkedinUrl", "javascript:alert(1)")).hasStatusOk().bodyText().contains("Enter a web address");
		assertThat(countContacts()).isZero();
	}

	@Test
	void rejectsOverlongFieldsAndSavesNothing() {
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "A".repeat(101))
			.param("notes", "n".repeat(10_001))).hasStatusOk().bodyText().contains("size must be between 0 and 100");
		assertThat(countContacts()).isZero();
	}

	@Test
	void editsContact() {
		long id = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		assertThat(this.mvc.post()
			.uri("/contacts/" + id)
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana")
			.param("lastName", "Lima-Souza")
			.param("version", "0")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/contacts/" + id);
		assertThat(this.contacts.get(this.owner.id(), id).lastName()).isEqualTo("Lima-Souza");
	}

	@Test
	void concurrentEditIsCaughtWithAReadableMessage() {
		long id = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		this.contacts.update(this.owner.id(), id, ContactMother.named("Ana", "Changed elsewhere"));
		assertThat(this.mvc.post()
			.uri("/contacts/" + id)
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana")
			.param("lastName", "Stale")
			.param("version", "0")).hasStatusOk().bodyText().contains("Someone changed this in the meantime");
		assertThat(this.contacts.get(this.owner.id(), id).lastName()).isEqualTo("Changed elsewhere");
	}

	@Test
	void archivesAndUnarchives() {
		long id = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		assertThat(this.mvc.post().uri("/contacts/" + id + "/archive").with(as(this.owner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.contacts.get(this.owner.id(), id).archived()).isTrue();
		assertThat(this.mvc.get().uri("/contacts").with(as(this.owner))).bodyText().doesNotContain("Ana Lima");
		assertThat(this.mvc.get().uri("/contacts?archived=true").with(as(this.owner))).bodyText().contains("Ana Lima");
		assertThat(this.mvc.post().uri("/contacts/" + id + "/unarchive").with(as(this.owner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.contacts.get(this.owner.id(), id).archived()).isFalse();
	}

	@Test
	void deletesOnlyAfterConfirmation() {
		long id = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		assertThat(this.mvc.get().uri("/contacts/" + id + "/delete").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Delete Ana Lima?");
		assertThat(this.contacts.exists(this.owner.id(), id)).isTrue();
		assertThat(this.mvc.post().uri("/contacts/" + id + "/delete").with(as(this.owner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/contacts");
		assertThat(this.contacts.exists(this.owner.id(), id)).isFalse();
	}

	@Test
	void searchAsYouTypeAnswersHtmxWithJustTheResults() {
		this.contacts.create(this.owner.id(), ContactMother.withCompany("Ana", "Lima", "Kestrel Labs", "friend"));
		this.contacts.create(this.owner.id(), ContactMother.withCompany("Bob", "Stone", "Quarry", "work"));
		assertThat(this.mvc.get().uri("/contacts?q=kestrel").header("HX-Request", "true").with(as(this.owner)))
			.hasStatusOk()
			.bodyText()
			.contains("Ana Lima")
			.doesNotContain("Bob Stone")
			.doesNotContain("<nav");
		assertThat(this.mvc.get().uri("/contacts?q=kestrel").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Ana Lima", "<nav")
			.doesNotContain("Bob Stone");
		assertThat(this.mvc.get().uri("/contacts?tag=work").with(as(this.owner))).bodyText()
			.contains("Bob Stone")
			.doesNotContain("Ana Lima");
	}

	@Test
	void navigationMarksTheContactsSection() {
		long id = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		assertThat(this.mvc.get().uri("/contacts/" + id).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("class=\"nav-link active\" href=\"/contacts\" aria-current=\"page\">Contacts<")
			.doesNotContain("class=\"nav-link active\" href=\"/\"");
	}

	@Test
	void peoplePickerFindsOnlyTheSignedInUsersActiveContacts() {
		this.contacts.create(this.owner.id(), ContactMother.withCompany("Ana", "Lima", "Kestrel Labs", "friend"));
		long archived = this.contacts.create(this.owner.id(), ContactMother.named("Anabel", "Archived"));
		this.contacts.archive(this.owner.id(), archived);
		AccountPrincipal stranger = TestUsers.signUp(this.accounts, "Stranger");
		this.contacts.create(stranger.id(), ContactMother.named("Ana", "Elsewhere"));

		assertThat(this.mvc.get().uri("/contacts/picker?q=ana").with(as(this.owner))).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.containsExactly("Ana Lima");
		assertThat(this.mvc.get().uri("/contacts/picker?q=kestrel").with(as(this.owner))).bodyJson()
			.extractingPath("$[0].name")
			.isEqualTo("Ana Lima");
		assertThat(this.mvc.get().uri("/contacts/picker?q=").with(as(this.owner))).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
		assertThat(this.mvc.get().uri("/contacts/picker?q=ana")).hasStatus3xxRedirection();
	}

	@Test
	void pagingPastTheEndShowsTheLastPage() {
		for (int i = 0; i < ContactController.PAGE_SIZE + 3; i++) {
			this.contacts.create(this.owner.id(), ContactMother.named("Person", String.format("%03d", i)));
		}
		assertThat(this.mvc.get().uri("/contacts?page=99").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Page 2 of 2", "Person 027")
			.doesNotContain("Page 100");
	}

	@Test
	void unknownContactIsNotFound() {
		assertThat(this.mvc.get().uri("/contacts/987654321").with(as(this.owner))).hasStatus(HttpStatus.NOT_FOUND);
	}

	private ContactDetails onlyContact() {
		long id = this.contacts.list(TestUsers.owner(this.owner.id()), ContactQuery.all(), PageRequest.of(0, 5))
			.getContent()
			.get(0)
			.id();
		return this.contacts.get(this.owner.id(), id);
	}

	private long countContacts() {
		return this.contacts.list(TestUsers.owner(this.owner.id()), ContactQuery.all(), PageRequest.of(0, 5))
			.getTotalElements();
	}

}
