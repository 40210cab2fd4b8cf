package dev.rapport.contact.web;

import java.util.Set;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebIntegrationTest
class DuplicateControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	AccountPrincipal owner;

	long ana;

	long anaAgain;

	@BeforeEach
	void twoCardsOfAna() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
		this.ana = this.contacts.create(this.owner.id(),
				new ContactCommand("Ana", "Lima", "ana@example.com", null, "Kestrel", null, null, null, null,
						"Met at the conference.", null, null, false, Set.of("friend"), null));
		this.anaAgain = this.contacts.create(this.owner.id(),
				new ContactCommand("Ana", "Lima Costa", "ana@example.com", null, "Kestrel Labs", null, null, null, null,
						"Likes <b>tea</b>.", null, null, false, Set.of("climbing"), null));
	}

	@Test
	void listsLikelyDuplicatesWithTheirReason() {
		assertThat(this.mvc.get().uri("/contacts/duplicates").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Possible duplicates", "Ana Lima Costa", "Same email", "Compare and merge", "Not a duplicate",
					"/contacts/" + this.ana + "/merge?other=" + this.anaAgain);
	}

	@Test
	void pagesThroughManyPairsLikeTheOtherLists() throws Exception {
		AccountPrincipal busy = TestUsers.signUp(this.accounts, "Busy");
		long[] lastPair = new long[2];
		for (int i = 0; i < 30; i++) {
			for (int side = 0; side < 2; side++) {
				lastPair[side] = this.contacts.create(busy.id(),
						new ContactCommand("Person" + i, (side == 0) ? "Alpha" : "Beta", "person" + i + "@example.com",
								null, null, null, null, null, null, null, null, null, false, Set.of(), null));
			}
		}
		String first = this.mvc.get()
			.uri("/contacts/duplicates")
			.with(as(busy))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(first.split("duplicate-pair", -1)).hasSize(DuplicateController.PAGE_SIZE + 1);
		assertThat(first).contains("1 of 2", "/contacts/duplicates?page=1");
		String second = this.mvc.get()
			.uri("/contacts/duplicates?page=1")
			.with(as(busy))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(second.split("duplicate-pair", -1)).hasSize(30 - DuplicateController.PAGE_SIZE + 1);
		assertThat(second).contains("2 of 2", "name=\"page\" value=\"1\"");
		String beyond = this.mvc.get()
			.uri("/contacts/duplicates?page=9")
			.with(as(busy))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(beyond).as("past the end shows the last page").contains("2 of 2");

		assertThat(this.mvc.post()
			.uri("/contacts/duplicates/dismiss")
			.with(as(busy))
			.with(csrf())
			.param("contactId", Long.toString(lastPair[0]))
			.param("otherId", Long.toString(lastPair[1]))
			.param("page", "1")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/contacts/duplicates?page=1");
	}

	@Test
	void showsBothSideBySideWithAChoiceWhereTheyDifferAndEscapesWhatUsersTyped() {
		assertThat(this.mvc.get().uri("/contacts/" + this.ana + "/merge?other=" + this.anaAgain).with(as(this.owner)))
			.hasStatusOk()
			.bodyText()
			.contains("Merge two contacts", "Kestrel Labs", "name=\"side.COMPANY\"", "name=\"side.NOTES\"",
					"value=\"BOTH\"", "Likes &lt;b&gt;tea&lt;/b&gt;.", "name=\"keptVersion\"")
			.doesNotContain("name=\"side.EMAIL\"", "<b>tea</b>");
	}

	@Test
	void mergesWithTheChosenValuesAndTheOtherIsGone() {
		assertThat(this.mvc.post()
			.uri("/contacts/" + this.ana + "/merge")
			.with(as(this.owner))
			.with(csrf())
			.param("otherId", Long.toString(this.anaAgain))
			.param("keptVersion", "0")
			.param("otherVersion", "0")
			.param("side.COMPANY", "OTHER")
			.param("side.NOTES", "KEPT")
			.param("side.NAME", "KEPT")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/contacts/" + this.ana);

		assertThat(this.contacts.get(this.owner.id(), this.ana).company()).isEqualTo("Kestrel Labs");
		assertThat(this.contacts.get(this.owner.id(), this.ana).notes()).isEqualTo("Met at the conference.");
		assertThat(this.contacts.get(this.owner.id(), this.ana).tags()).containsExactlyInAnyOrder("friend", "climbing");
		assertThat(this.contacts.exists(this.owner.id(), this.anaAgain)).isFalse();
		assertThat(this.mvc.get().uri("/contacts/" + this.anaAgain).with(as(this.owner)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anInvalidChoiceIsShownOnTheFieldAndMergesNothing() {
		assertThat(this.mvc.post()
			.uri("/contacts/" + this.ana + "/merge")
			.with(as(this.owner))
			.with(csrf())
			.param("otherId", Long.toString(this.anaAgain))
			.param("keptVersion", "0")
			.param("otherVersion", "0")
			.param("side.COMPANY", "BOTH")).hasStatusOk()
			.bodyText()
			.contains("merge-error", "Company: Only notes and")
			.contains("table-danger");
		assertThat(this.mvc.post()
			.uri("/contacts/" + this.ana + "/merge")
			.with(as(this.owner))
			.with(csrf())
			.param("otherId", Long.toString(this.anaAgain))
			.param("keptVersion", "0")
			.param("otherVersion", "0")
			.param("side.COMPANY", "THEIRS")).hasStatusOk().bodyText().contains("Choose one of the two values.");
		assertThat(this.mvc.post()
			.uri("/contacts/" + this.ana + "/merge")
			.with(as(this.owner))
			.with(csrf())
			.param("otherId", Long.toString(this.ana))).hasStatusOk()
			.bodyText()
			.contains("cannot be merged with itself");
		assertThat(this.contacts.exists(this.owner.id(), this.anaAgain)).isTrue();
	}

	@Test
	void aStaleMergeSaysSoAndShowsTheLatestVersions() {
		this.contacts.update(this.owner.id(), this.anaAgain,
				this.contacts.get(this.owner.id(), this.anaAgain).toForm().toCommand());
		assertThat(this.mvc.post()
			.uri("/contacts/" + this.ana + "/merge")
			.with(as(this.owner))
			.with(csrf())
			.param("otherId", Long.toString(this.anaAgain))
			.param("keptVersion", "0")
			.param("otherVersion", "0")).hasStatusOk().bodyText().contains("Someone changed this in the meantime");
		assertThat(this.contacts.exists(this.owner.id(), this.anaAgain)).isTrue();
	}

	@Test
	void withoutCsrfNothingIsMergedOrDismissed() {
		assertThat(this.mvc.post()
			.uri("/contacts/" + this.ana + "/merge")
			.with(as(this.owner))
			.param("otherId", Long.toString(this.anaAgain))
			.param("keptVersion", "0")
			.param("otherVersion", "0")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/contacts/duplicates/dismiss")
			.with(as(this.owner))
			.param("contactId", Long.toString(this.ana))
			.param("otherId", Long.toString(this.anaAgain))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.contacts.exists(this.owner.id(), this.anaAgain)).isTrue();
		assertThat(this.mvc.get().uri("/contacts/duplicates").with(as(this.owner))).bodyText().contains("Same email");
	}

	@Test
	void anotherUsersContactIsNotFound() {
		AccountPrincipal stranger = TestUsers.signUp(this.accounts, "Stranger");
		assertThat(this.mvc.get().uri("/contacts/" + this.ana + "/merge?other=" + this.anaAgain).with(as(stranger)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/contacts/" + this.ana + "/merge")
			.with(as(stranger))
			.with(csrf())
			.param("otherId", Long.toString(this.anaAgain))
			.param("keptVersion", "0")
			.param("otherVersion", "0")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/contacts/duplicates/dismiss")
			.with(as(stranger))
			.with(csrf())
			.param("contactId", Long.toString(this.ana))
			.param("otherId", Long.toString(this.anaAgain))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/contacts/duplicates").with(as(stranger))).hasStatusOk()
			.bodyText()
			.doesNotContain("Ana Lima");
		assertThat(this.contacts.exists(this.owner.id(), this.anaAgain)).isTrue();
	}

	@Test
	void notADuplicateHidesThePairWithAnUndo() {
		assertThat(this.mvc.post()
			.uri("/contacts/duplicates/dismiss")
			.with(as(this.owner))
			.with(csrf())
			.param("contactId", Long.toString(this.ana))
			.param("otherId", Long.toString(this.anaAgain))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("flashUndo");
		assertThat(this.mvc.get().uri("/contacts/duplicates").with(as(this.owner))).bodyText()
			.doesNotContain("Same email");

		assertThat(this.mvc.post()
			.uri("/contacts/duplicates/restore")
			.with(as(this.owner))
			.with(csrf())
			.param("contactId", Long.toString(this.ana))
			.param("otherId", Long.toString(this.anaAgain))).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/contacts/duplicates").with(as(this.owner))).bodyText().contains("Same email");
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		for (String page : List.of("/contacts/duplicates", "/contacts/" + this.ana + "/merge",
				"/contacts/" + this.ana + "/merge?other=" + this.anaAgain)) {
			assertThat(this.mvc.get().uri(page)).as(page)
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login");
		}
	}

	@Test
	void thePickerFindsTheOtherCard() {
		assertThat(this.mvc.get().uri("/contacts/" + this.ana + "/merge?q=Costa").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Ana Lima Costa", "/contacts/" + this.ana + "/merge?other=" + this.anaAgain);
	}

}
