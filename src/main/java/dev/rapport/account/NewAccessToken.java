package dev.rapport.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.rapport.shared.validation.VisibleName;

/**
 * What a user names a new token, so they remember later which script holds it.
 */
public record NewAccessToken(@NotBlank @VisibleName @Size(max = 100) String name) {

	public static NewAccessToken empty() {
		return new NewAccessToken("");
	}

}
