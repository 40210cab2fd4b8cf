package dev.rapport.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's one door that takes a password (HTTP Basic on token creation) shares the
 * sign-in form's {@link SignInThrottle}: a throttled attempt is answered 429 with
 * {@code Retry-After} before the password is checked, so guessing through the API is as
 * slow as through the form.
 */
class TokenCreationThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher TOKEN_CREATION = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, ApiSecurityConfiguration.TOKENS_PATH);

	private final SignInThrottle throttle;

	private final ApiProblemResponses problems;

	private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

	TokenCreationThrottleFilter(SignInThrottle throttle, ApiProblemResponses problems) {
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
		Optional<Duration> wait = this.throttle.retryAfter(emailIn(request), request.getRemoteAddr());
		if (wait.isPresent()) {
			this.problems.tooManyAttempts(request, response, wait.get());
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The email of the Basic credentials; a malformed header is left for the real filter
	 * to refuse.
	 */
	private String emailIn(HttpServletRequest request) {
		try {
			UsernamePasswordAuthenticationToken credentials = this.basic.convert(request);
			return credentials == null ? null : credentials.getName();
		}
		catch (AuthenticationException malformed) {
			return null;
		}
	}

}
