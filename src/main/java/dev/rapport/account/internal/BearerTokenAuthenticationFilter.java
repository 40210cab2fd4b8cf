package dev.rapport.account.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountPrincipal;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves {@code Authorization: Bearer <token>} to its user. A token that is unknown or revoked
 * ends the request with 401 at once, rather than letting it continue as an anonymous request.
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
		Optional<AccountPrincipal> principal = this.tokens.authenticate(header.substring(BEARER.length()).trim());
		if (principal.isEmpty()) {
			this.contexts.clearContext();
			this.problems.commence(request, response, new BadCredentialsException("Unknown or revoked token"));
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new BearerTokenAuthentication(principal.get()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
