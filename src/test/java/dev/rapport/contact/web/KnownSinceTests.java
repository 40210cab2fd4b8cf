package dev.rapport.contact.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Known since" as a year or a month on the contact form, and what it does to an old
 * friend's score: someone known for years is not "still new" on their first logged
 * coffee.
 */
@WebIntegrationTest
class KnownSinceTests {

	/** The test profile's today. */
	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
	}

	@Test
	void readsAYearAMonthOrADay() {
		KnownSinceFormatter format = new KnownSinceFormatter();
		assertThat(format.parse("2015", Locale.UK)).isEqualTo(LocalDate.of(2015, 1, 1));
		assertThat(format.parse(" 2015-03 ", Locale.UK)).isEqualTo(LocalDate.of(2015, 3, 1));
		assertThat(format.parse("3/2015", Locale.UK)).isEqualTo(LocalDate.of(2015, 3, 1));
		assertThat(format.parse("2015-03-14", Locale.UK)).isEqualTo(LocalDate.of(2015, 3, 14));
		assertThat(format.print(LocalDate.of(2015, 1, 1), Locale.UK)).isEqualTo("2015");
		assertThat(format.print(LocalDate.of(2015, 3, 1), Locale.UK)).isEqualTo("2015-03");
		assertThat(format.print(LocalDate.of(2015, 3, 14), Locale.UK)).isEqualTo("2015-03-14");
		for (String wrong : List.of("15", "2015-13", "13/2015", "long ago", "1850", "2015-02-30")) {
			assertThatIllegalArgumentException().as(wrong).isThrownBy(() -> format.parse(wrong, Locale.UK));
		}
	}

	@Test
	void anOldFriendEnteredWithAYearIsNotStillNew() {
		String location = this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Olga")
			.param("lastName", "Old")
			.param("knownSince", "2012")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/contacts/");
		long olga = Long.parseLong(location.substring("/contacts/".length()));
		assertThat(this.contacts.get(this.owner.id(), olga).knownSince()).isEqualTo(LocalDate.of(2012, 1, 1));
		this.interactions.log(this.owner.id(), new InteractionCommand(TODAY.minusDays(1), InteractionKind.COFFEE,
				Direction.MUTUAL, List.of(olga), "Coffee", null, null), TODAY);

		assertThat(this.mvc.get().uri(location).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("<dd>2012</dd>", "A coffee yesterday")
			.doesNotContain("still new");
		assertThat(this.mvc.get().uri(location + "/edit").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("name=\"knownSince\" value=\"2012\"");
	}

	@Test
	void aMonthIsShownAsAMonth() {
		String location = this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Mia")
			.param("knownSince", "3/2019")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(this.mvc.get().uri(location).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("<dd>March 2019</dd>");
	}

	@Test
	void somethingThatIsNotAYearIsRefusedWithAClearMessage() {
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ned")
			.param("knownSince", "ages ago")).hasStatusOk()
			.bodyText()
			.contains("is-invalid", "Enter a year like 2015, or a month like 2015-03.", "value=\"ages ago\"");
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ned")
			.param("knownSince", "2027")).hasStatusOk().bodyText().contains("Known since cannot be in the future.");
		assertThat(this.contacts.count(this.owner.id())).isZero();
	}

}
