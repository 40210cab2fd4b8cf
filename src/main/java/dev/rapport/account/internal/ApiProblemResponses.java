package dev.rapport.account.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.shared.web.ProblemResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers API requests that fail authentication with an RFC 9457 problem detail, the same
 * shape as every other API error. Security failures happen in filters, before any
 * controller advice, so they are written here. Each says which credentials the endpoint
 * wants and never why a given token or password failed.
 */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		unauthorized(request, response);
	}

	/**
	 * Every API user may use every endpoint; a refusal here only ever means the wrong
	 * kind of credentials (a password where a token is needed, or the reverse), so it is
	 * a 401, not a 403. (A read-only token's write is refused earlier, by the bearer
	 * filter, with a 403.)
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		unauthorized(request, response);
	}

	/**
	 * The password was right, but the account also needs a code from its authenticator
	 * app.
	 */
	void secondFactorRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response,
				"This account uses two-factor sign-in: send a current code from your authenticator "
						+ "app (or a recovery code) in the " + TokenCreationSecondFactorFilter.HEADER + " header.",
				"Basic realm=\"Rapport\"");
	}

	/**
	 * Password sign-in is turned off on this installation: tokens are created on the
	 * settings page.
	 */
	void passwordSignInOff(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, "Password sign-in is turned off on this server: create a token on the Settings page "
				+ "after signing in with single sign-on.", "Bearer");
	}

	/** 403: the token is valid but read-only, and the request would change something. */
	void readOnlyToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemResponses.write(request, response,
				ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
						"This token is read-only: it may only read (GET). Create a read-write token on the "
								+ "Settings page to make changes."));
	}

	/**
	 * 429 with {@code Retry-After} in whole seconds (rounded up) for a throttled password
	 * check.
	 */
	void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ProblemResponses.write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many failed attempts from this address; try again in " + seconds + " seconds."));
	}

	private void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean tokenCreation = "POST".equals(request.getMethod()) && ApiSecurityConfiguration.TOKENS_PATH
			.equals(request.getRequestURI().substring(request.getContextPath().length()));
		String detail = tokenCreation ? "Creating a token needs your email and password (HTTP Basic)."
				: "This endpoint needs a valid personal access token (Authorization: Bearer <token>).";
		write(request, response, detail, tokenCreation ? "Basic realm=\"Rapport\"" : "Bearer");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, String detail, String challenge)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		ProblemResponses.write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail));
	}

}
