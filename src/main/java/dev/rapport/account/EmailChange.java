package dev.rapport.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The email form: the address the user signs in with, confirmed by the current password
 * (someone at an unlocked browser must not be able to take the account over by changing
 * it).
 */
public record EmailChange(
		@NotBlank(message = "{signup.email.required}") @Email(regexp = SignUp.EMAIL_WITH_DOMAIN,
				message = "{signup.email.invalid}") @Size(max = 254, message = "{signup.email.size}") String newEmail,
		@NotBlank(message = "{profile.email.passwordRequired}") @Size(max = 128,
				message = "{password.tooLong}") String currentPassword) {

	/** Spaces around a pasted address are not part of it. */
	public EmailChange {
		newEmail = (newEmail == null) ? null : newEmail.strip();
	}

	public static EmailChange empty() {
		return new EmailChange("", "");
	}

}
