package dev.rapport.support;

import java.util.UUID;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs up users with unique emails, so tests sharing a database never see each other's
 * rows.
 */
public final class TestUsers {

	public static final String PASSWORD = "correct horse battery";

	private TestUsers() {
	}

	public static AccountPrincipal signUp(AccountService accounts, String name) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
		return accounts.signUp(new SignUp(name, email, PASSWORD, "Europe/Lisbon"));
	}

	public static RequestPostProcessor as(AccountPrincipal principal) {
		return user(principal);
	}

}
