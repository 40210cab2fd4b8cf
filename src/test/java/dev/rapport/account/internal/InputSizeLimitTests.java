package dev.rapport.account.internal;

import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every text field has one maximum length, held by the input ({@code maxlength}), the
 * form record (Bean Validation) and the column; a post that ignores the input's limit
 * gets a field message and saves nothing.
 */
@WebIntegrationTest
class InputSizeLimitTests {

	static final Map<String, Integer> CONTACT_LIMITS = Map.ofEntries(Map.entry("firstName", 100),
			Map.entry("lastName", 100), Map.entry("email", 254), Map.entry("phone", 50), Map.entry("company", 200),
			Map.entry("position", 200), Map.entry("location", 200), Map.entry("linkedinUrl", 500),
			Map.entry("tags", 500), Map.entry("howWeMet", 1000), Map.entry("notes", 10000));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	JdbcTemplate jdbc;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = this.accounts
			.signUp(new SignUp("Size Tester", "size-" + UUID.randomUUID() + "@example.com", TestUsers.PASSWORD, "UTC"));
	}

	@Test
	void contactFormRefusesEachOverLongFieldAndSavesNothing() {
		for (Map.Entry<String, Integer> limit : CONTACT_LIMITS.entrySet()) {
			MvcTestResult result = this.mvc.post()
				.uri("/contacts")
				.with(user(this.owner))
				.with(csrf())
				.param("firstName", "Ann")
				.param(limit.getKey(), tooLong(limit.getKey(), limit.getValue()))
				.exchange();

			assertThat(result).as(limit.getKey()).hasStatusOk().hasViewName("contact/form");
			assertThat(result).model().extractingBindingResult("contactForm").hasFieldErrors(limit.getKey());
			assertThat(result).bodyText().contains("size must be between");
		}
		assertThat(rows("contact")).isZero();
	}

	@Test
	void contactEditRefusesOverLongNotesAndKeepsTheOldOnes() {
		long id = this.contacts.create(this.owner.id(), new ContactCommand("Ann", "Lima", null, null, null, null, null,
				null, null, "old notes", null, null, false, Set.of(), null));

		MvcTestResult result = this.mvc.post()
			.uri("/contacts/{id}", id)
			.with(user(this.owner))
			.with(csrf())
			.param("firstName", "Ann")
			.param("notes", "x".repeat(10_001))
			.exchange();

		assertThat(result).model().extractingBindingResult("contactForm").hasFieldErrors("notes");
		assertThat(this.contacts.get(this.owner.id(), id).notes()).isEqualTo("old notes");
	}

	@Test
	void interactionFormRefusesOverLongSummaryAndNotes() {
		long ann = this.contacts.create(this.owner.id(), named("Ann"));
		for (Map.Entry<String, Integer> limit : Map.of("summary", 200, "notes", 10000).entrySet()) {
			MvcTestResult result = this.mvc.post()
				.uri("/interactions")
				.with(user(this.owner))
				.with(csrf())
				.param("date", "2026-11-18")
				.param("kind", "COFFEE")
				.param("direction", "MUTUAL")
				.param("participantIds", String.valueOf(ann))
				.param(limit.getKey(), "x".repeat(limit.getValue() + 1))
				.exchange();

			assertThat(result).as(limit.getKey()).hasViewName("interaction/form");
			assertThat(result).model().extractingBindingResult("interactionForm").hasFieldErrors(limit.getKey());
		}
		assertThat(rows("interaction")).isZero();
	}

	@Test
	void followUpFormRefusesAnOverLongTitle() {
		long ann = this.contacts.create(this.owner.id(), named("Ann"));

		MvcTestResult result = this.mvc.post()
			.uri("/follow-ups")
			.with(user(this.owner))
			.with(csrf())
			.param("contactId", String.valueOf(ann))
			.param("title", "x".repeat(201))
			.param("dueOn", "2026-11-25")
			.param("side", "I_OWE")
			.exchange();

		assertThat(result).hasViewName("followup/form");
		assertThat(result).model().extractingBindingResult("followUpForm").hasFieldErrors("title");
		assertThat(rows("follow_up")).isZero();
	}

	@Test
	void signUpRefusesOverLongFields() {
		String email = "long-" + UUID.randomUUID() + "@example.com";
		MvcTestResult result = this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("displayName", "x".repeat(101))
			.param("email", email)
			.param("password", "p".repeat(129))
			.param("timeZone", "UTC")
			.exchange();

		assertThat(result).hasViewName("account/signup");
		assertThat(result).model().extractingBindingResult("signUp").hasFieldErrors("displayName", "password");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ?", Long.class, email))
			.isZero();
	}

	@Test
	void inputsCarryTheSameMaximumLength() throws Exception {
		String contactForm = this.mvc.get()
			.uri("/contacts/new")
			.with(user(this.owner))
			.exchange()
			.getResponse()
			.getContentAsString();
		CONTACT_LIMITS.forEach((field, max) -> assertThat(maxLengthOf(contactForm, field)).as(field).isEqualTo(max));

		String signUpForm = this.mvc.get().uri("/signup").exchange().getResponse().getContentAsString();
		assertThat(maxLengthOf(signUpForm, "displayName")).isEqualTo(100);
		assertThat(maxLengthOf(signUpForm, "email")).isEqualTo(254);
		assertThat(maxLengthOf(signUpForm, "password")).isEqualTo(128);
	}

	private Integer maxLengthOf(String html, String field) {
		Matcher tag = Pattern.compile("<(input|textarea)[^>]*\\sname=\"" + field + "\"[^>]*>").matcher(html);
		assertThat(tag.find()).as("an input named " + field).isTrue();
		Matcher max = Pattern.compile("maxlength=\"(\\d+)\"").matcher(tag.group());
		return max.find() ? Integer.valueOf(max.group(1)) : null;
	}

	private long rows(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where owner_id = ?", Long.class,
				this.owner.id());
	}

	private static ContactCommand named(String firstName) {
		return new ContactCommand(firstName, null, null, null, null, null, null, null, null, null, null, null, false,
				Set.of(), null);
	}

	private static String tooLong(String field, int max) {
		return switch (field) {
			case "phone" -> "1".repeat(max + 1);
			case "email" -> "a".repeat(max) + "@example.com";
			case "tags" -> "tag,".repeat(max / 4 + 1);
			default -> "x".repeat(max + 1);
		};
	}

}
