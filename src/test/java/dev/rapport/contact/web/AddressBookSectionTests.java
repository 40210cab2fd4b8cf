package dev.rapport.contact.web;

import java.io.IOException;
import java.io.InputStream;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.importing.ImportService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class AddressBookSectionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	ImportService imports;

	@Test
	void theContactPageShowsEveryLabelledWayToReachThemAndThePhoto() throws IOException {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Reach");
		try (InputStream file = getClass().getResourceAsStream("/addressbook/apple-contacts-3.0.vcf")) {
			this.imports.commit(owner.id(), this.imports.stage(owner.id(), "contacts.vcf", file));
		}
		ContactDetails anne = this.contacts
			.listDetails(TestUsers.owner(owner.id()), new ContactQuery("Søndergaard", null, false, ContactSort.NAME),
					PageRequest.of(0, 1))
			.getContent()
			.get(0);
		assertThat(this.mvc.get().uri("/contacts/{id}", anne.id()).with(as(owner))).hasStatusOk()
			.bodyText()
			.contains("How to reach them", "family mailbox", "anne@familie-søndergaard.example", "+45 33 12 34 56",
					"Nørregade 12, 3. tv, 1165 København K, Danmark", "/contacts/" + anne.id() + "/photo");
		assertThat(this.mvc.get().uri("/contacts/{id}/photo", anne.id()).with(as(owner))).hasStatusOk()
			.hasContentType(MediaType.IMAGE_JPEG);

		AccountPrincipal stranger = TestUsers.signUp(this.accounts, "Stranger");
		assertThat(this.mvc.get().uri("/contacts/{id}/photo", anne.id()).with(as(stranger)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/contacts/{id}/photo", anne.id())).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aPhotoFromAnAddressBookIsTheAvatarOnTheContactPageAndInTheList() throws IOException {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Avatars");
		try (InputStream file = getClass().getResourceAsStream("/addressbook/apple-contacts-3.0.vcf")) {
			this.imports.commit(owner.id(), this.imports.stage(owner.id(), "contacts.vcf", file));
		}
		long handMade = this.contacts.create(owner.id(), ContactMother.named("Hand", "Made"));
		long anne = this.contacts
			.listDetails(TestUsers.owner(owner.id()), new ContactQuery("Søndergaard", null, false, ContactSort.NAME),
					PageRequest.of(0, 1))
			.getContent()
			.get(0)
			.id();
		String photo = "src=\"/contacts/" + anne + "/photo\"";
		assertThat(this.mvc.get().uri("/contacts/{id}", anne).with(as(owner))).hasStatusOk()
			.bodyText()
			.contains("class=\"avatar avatar-lg avatar-photo\"", photo);
		assertThat(this.mvc.get().uri("/contacts").with(as(owner))).hasStatusOk()
			.bodyText()
			.contains("class=\"avatar avatar-photo\"", photo)
			.doesNotContain("src=\"/contacts/" + handMade + "/photo\"");
		assertThat(this.mvc.get().uri("/contacts/{id}", handMade).with(as(owner))).hasStatusOk()
			.bodyText()
			.doesNotContain("avatar-photo")
			.contains(">HM</span>");
	}

	@Test
	void aHandMadeContactWithoutPhotoOrMoreDetailsHasNoSection() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Plain");
		long id = this.contacts.create(owner.id(), ContactMother.named("Plain", "Person"));
		assertThat(this.mvc.get().uri("/contacts/{id}", id).with(as(owner))).hasStatusOk()
			.bodyText()
			.doesNotContain("How to reach them");
		assertThat(this.mvc.get().uri("/contacts/{id}/photo", id).with(as(owner))).hasStatus(HttpStatus.NOT_FOUND);
	}

}
