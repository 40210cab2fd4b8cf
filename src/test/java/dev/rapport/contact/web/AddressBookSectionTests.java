package dev.rapport.contact.web;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.support.TestFixtures;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
	TestFixtures fixtures;

	@Test
	void theContactPageShowsEveryLabelledWayToReachThemAndThePhoto() {
		AccountPrincipal owner = this.fixtures.signUp("Reach");
		long anne = this.fixtures.importAppleContactsAndFindAnne(owner);
		assertThat(this.mvc.get().uri("/contacts/{id}", anne).with(as(owner))).hasStatusOk()
			.bodyText()
			.contains("How to reach them", "family mailbox", "anne@familie-søndergaard.example", "+45 33 12 34 56",
					"Nørregade 12, 3. tv, 1165 København K, Danmark", "/contacts/" + anne + "/photo");
		assertThat(this.mvc.get().uri("/contacts/{id}/photo", anne).with(as(owner))).hasStatusOk()
			.hasContentType(MediaType.IMAGE_JPEG);

		AccountPrincipal stranger = this.fixtures.signUp("Stranger");
		assertThat(this.mvc.get().uri("/contacts/{id}/photo", anne).with(as(stranger))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/contacts/{id}/photo", anne)).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aPhotoFromAnAddressBookIsTheAvatarOnTheContactPageAndInTheList() {
		AccountPrincipal owner = this.fixtures.signUp("Avatars");
		long anne = this.fixtures.importAppleContactsAndFindAnne(owner);
		long handMade = this.fixtures.contact(owner, "Hand", "Made");
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
		AccountPrincipal owner = this.fixtures.signUp("Plain");
		long id = this.fixtures.contact(owner, "Plain", "Person");
		assertThat(this.mvc.get().uri("/contacts/{id}", id).with(as(owner))).hasStatusOk()
			.bodyText()
			.doesNotContain("How to reach them");
		assertThat(this.mvc.get().uri("/contacts/{id}/photo", id).with(as(owner))).hasStatus(HttpStatus.NOT_FOUND);
	}

}
