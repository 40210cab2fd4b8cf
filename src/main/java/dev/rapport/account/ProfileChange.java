package dev.rapport.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The profile form: the name Rapport greets the user with and the time zone that decides
 * what "today" is for them. {@code version} is the account's version when the form was
 * shown, so a change made meanwhile in another browser is not silently overwritten.
 */
public record ProfileChange(
		@NotBlank(message = "{signup.displayName.required}") @Size(max = 100,
				message = "{signup.displayName.size}") String displayName,
		@NotBlank(message = "{signup.timeZone.unknown}") @Size(max = 64,
				message = "{signup.timeZone.unknown}") String timeZone,
		Long version) {

}
