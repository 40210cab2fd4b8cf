package dev.rapport.support;

import java.time.ZoneId;
import java.util.UUID;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.Owner;
import dev.rapport.account.SignUp;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs up users with unique emails, so tests sharing a database never see each other's
 * rows.
 */
public final class TestUsers {

	public static final String PASSWORD = "correct horse battery";

	/** The time zone every test user signs up with. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");

	private TestUsers() {
	}

	public static AccountPrincipal signUp(AccountService accounts, String name) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
		return accounts.signUp(new SignUp(name, email, PASSWORD, ZONE.getId()));
	}

	/**
	 * The user as a request resolves them, for calling services directly: their id and
	 * zone, on the test profile's fixed day.
	 */
	public static Owner owner(AccountPrincipal principal) {
		return new Owner(principal.id(), principal.zone(), TestClock.TODAY);
	}

	/** {@link #owner(AccountPrincipal)} for a user the test knows by id only. */
	public static Owner owner(long id) {
		return new Owner(id, ZONE, TestClock.TODAY);
	}

	public static RequestPostProcessor as(AccountPrincipal principal) {
		return user(principal);
	}

}
