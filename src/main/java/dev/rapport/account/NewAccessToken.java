package dev.rapport.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.rapport.shared.validation.VisibleName;

/**
 * What a user names a new token, so they remember later which script holds it, what it
 * may do (no scope means read-write, as every token could before scopes existed) and
 * after how many days it stops working (none: never).
 */
public record NewAccessToken(@NotBlank @VisibleName @Size(max = 100) String name, AccessTokenScope scope,
		@Min(1) @Max(MAX_DAYS) Integer expiresInDays) {

	/**
	 * Ten years: a longer expiry is no expiry in practice, so "never" says it honestly.
	 */
	public static final int MAX_DAYS = 3650;

	public NewAccessToken(String name) {
		this(name, AccessTokenScope.READ_WRITE, null);
	}

	public static NewAccessToken empty() {
		return new NewAccessToken("", AccessTokenScope.READ_WRITE, 90);
	}

	/** The scope asked for, read-write when none was. */
	public AccessTokenScope scopeOrDefault() {
		return (this.scope != null) ? this.scope : AccessTokenScope.READ_WRITE;
	}

}
