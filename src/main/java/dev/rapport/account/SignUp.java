package dev.rapport.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.rapport.shared.validation.VisibleName;

/**
 * What a new user types on the sign-up page. The messages say what to do in plain words
 * ("Choose a password of at least 10 characters"), and an email needs a dot in its domain
 * ({@code maria@example} is a typo, not an address mail can reach).
 */
public record SignUp(
		@NotBlank(message = "{signup.displayName.required}") @VisibleName @Size(max = 100,
				message = "{signup.displayName.size}") String displayName,
		@NotBlank(message = "{signup.email.required}") @Email(regexp = EMAIL_WITH_DOMAIN,
				message = "{signup.email.invalid}") @Size(max = 254, message = "{signup.email.size}") String email,
		@NotBlank(message = "{signup.password.size}") @Size(min = 10, max = 128,
				message = "{signup.password.size}") String password,
		@NotBlank(message = "{signup.timeZone.unknown}") @Size(max = 64,
				message = "{signup.timeZone.unknown}") String timeZone) {

	/**
	 * Something before the @, and a domain with at least one dot that neither starts nor
	 * ends it.
	 */
	static final String EMAIL_WITH_DOMAIN = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";

	public static SignUp empty(String timeZone) {
		return new SignUp("", "", "", timeZone);
	}

}
