package dev.rapport.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.twofactor.TwoFactorService;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For accounts with two-factor sign-in, creating a token with email and password (HTTP
 * Basic) also needs a current code in {@value #HEADER}: otherwise a guessed or leaked
 * password alone would become a token, skipping the second factor. Wrong codes count in
 * the sign-in throttle.
 */
class TokenCreationSecondFactorFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Rapport-OTP";

	private static final RequestMatcher TOKEN_CREATION = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, ApiSecurityConfiguration.TOKENS_PATH);

	private final TwoFactorService twoFactor;

	private final SignInThrottle throttle;

	private final ApiProblemResponses problems;

	TokenCreationSecondFactorFilter(TwoFactorService twoFactor, SignInThrottle throttle, ApiProblemResponses problems) {
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !TOKEN_CREATION.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof UsernamePasswordAuthenticationToken
				&& authentication.getPrincipal() instanceof AccountPrincipal principal
				&& this.twoFactor.isEnabled(principal.id())) {
			String code = request.getHeader(HEADER);
			String address = request.getRemoteAddr();
			Optional<Duration> wait = this.throttle.retryAfter(principal.email(), address);
			if (wait.isPresent()) {
				SecurityContextHolder.clearContext();
				this.problems.tooManyAttempts(request, response, wait.get());
				return;
			}
			if (code == null || !this.twoFactor.verify(principal.id(), code)) {
				if (code != null) {
					this.throttle.recordFailure(principal.email(), address);
				}
				SecurityContextHolder.clearContext();
				this.problems.secondFactorRequired(request, response);
				return;
			}
			this.throttle.recordSuccess(principal.email(), address);
		}
		chain.doFilter(request, response);
	}

}
