package dev.rapport.api;

import java.time.Instant;

import dev.rapport.account.AccessTokenScope;
import dev.rapport.account.AccessTokenService;
import dev.rapport.account.CreatedAccessToken;
import dev.rapport.account.Owner;
import dev.rapport.account.NewAccessToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a script obtain its token with the account's email and password (HTTP Basic), the
 * Gitea way; the security chain admits only Basic here and only bearer tokens everywhere
 * else.
 */
@RestController
class TokenApiController {

	private final AccessTokenService tokens;

	private final RequestChecks checks;

	TokenApiController(AccessTokenService tokens, RequestChecks checks) {
		this.tokens = tokens;
		this.checks = checks;
	}

	@PostMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a personal access token (shown only in this response)",
			description = "scope: READ (only GET requests) or READ_WRITE (the default); expiresInDays: 1 to 3650, "
					+ "or null for a token that never expires",
			security = @SecurityRequirement(name = OpenApiDocumentation.BASIC))
	TokenCreated create(Owner owner, @RequestBody NewAccessToken request) throws BindException {
		this.checks.check(request);
		CreatedAccessToken created = this.tokens.create(owner.id(), request);
		return new TokenCreated(created.name(), created.token(), created.scope(), created.expiresAt());
	}

	/** {@code expiresAt} is null for a token that never expires. */
	record TokenCreated(String name, String token, AccessTokenScope scope, Instant expiresAt) {
	}

}
