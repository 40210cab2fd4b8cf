package dev.rapport.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The password form: the current password proves it is the owner at the keyboard, not
 * someone at an unlocked browser. Optionally also revokes every API token.
 */
public record PasswordChange(@NotBlank @Size(max = 128) String currentPassword,
		@NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String newPassword,
		Boolean revokeTokens) {

	public static PasswordChange empty() {
		return new PasswordChange("", "", false);
	}

	/** An unticked checkbox sends nothing at all. */
	public boolean revokesTokens() {
		return Boolean.TRUE.equals(this.revokeTokens);
	}

}
