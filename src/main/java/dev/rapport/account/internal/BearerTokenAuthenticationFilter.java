package dev.rapport.account.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AuthenticatedToken;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves {@code Authorization: Bearer <token>} to its user. A token that is unknown or
 * revoked ends the request with 401 at once, rather than letting it continue as an
 * anonymous request.
 */
class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final AccessTokenService tokens;

	private final ApiProblemResponses problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenAuthenticationFilter(AccessTokenService tokens, ApiProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AuthenticatedToken> token = this.tokens.authenticateToken(header.substring(BEARER.length()).trim());
		if (token.isEmpty()) {
			this.contexts.clearContext();
			this.problems.commence(request, response, new BadCredentialsException("Unknown, revoked or expired token"));
			return;
		}
		if (!token.get().scope().allows(request.getMethod())) {
			// the token is good, it just may not do this: 403, so the script's owner
			// knows to make a
			// read-write token rather than to look for a typo in it
			this.contexts.clearContext();
			this.problems.readOnlyToken(request, response);
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new BearerTokenAuthentication(token.get().principal()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
