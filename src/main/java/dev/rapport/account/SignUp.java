package dev.rapport.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.rapport.shared.validation.VisibleName;

/**
 * What a new user types on the sign-up page.
 */
public record SignUp(@NotBlank @VisibleName @Size(max = 100) String displayName, @NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Size(min = 10, max = 128) String password, @NotBlank @Size(max = 64) String timeZone) {

	public static SignUp empty(String timeZone) {
		return new SignUp("", "", "", timeZone);
	}

}
