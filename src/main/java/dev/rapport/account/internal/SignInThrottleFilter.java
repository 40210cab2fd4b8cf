package dev.rapport.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt before the password is even checked when
 * {@link SignInThrottle} says the account or the address has failed too often, so a
 * guesser learns nothing from the answer.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String USERNAME_PARAMETER = "username";

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = this.throttle.retryAfter(request.getParameter(USERNAME_PARAMETER),
				request.getRemoteAddr());
		if (wait.isPresent()) {
			response.sendRedirect(request.getContextPath() + throttledPage(wait.get()));
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The sign-in page saying how many whole minutes to wait (rounded up, at least one).
	 */
	static String throttledPage(Duration wait) {
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		return "/login?throttled=" + minutes;
	}

}
