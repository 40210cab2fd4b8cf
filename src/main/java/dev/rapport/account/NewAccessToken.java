package dev.rapport.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user names a new token, so they remember later which script holds it.
 */
public record NewAccessToken(@NotBlank @Size(max = 100) String name) {

	public static NewAccessToken empty() {
		return new NewAccessToken("");
	}

}
