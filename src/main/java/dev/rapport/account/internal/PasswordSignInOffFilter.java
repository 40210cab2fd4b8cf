package dev.rapport.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With password sign-in turned off ({@code rapport.sign-in.password=false} and a single
 * sign-on provider configured), a password is accepted nowhere: the sign-in form's POST
 * and sign-up go back to the sign-in page, which offers only the provider; HTTP Basic
 * token creation is refused in the API chain.
 */
class PasswordSignInOffFilter extends OncePerRequestFilter {

	private static final RequestMatcher PASSWORD_DOORS = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
			PathPatternRequestMatcher.withDefaults().matcher("/signup"));

	private final ApiProblemResponses problems;

	/** For the browser chain. */
	PasswordSignInOffFilter() {
		this(null);
	}

	/**
	 * For the API chain: token creation with a password is answered with a 401 problem
	 * detail.
	 */
	PasswordSignInOffFilter(ApiProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return (this.problems == null) ? !PASSWORD_DOORS.matches(request)
				: !("POST".equals(request.getMethod()) && request.getHeader("Authorization") != null
						&& request.getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.problems != null) {
			this.problems.passwordSignInOff(request, response);
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?password-off");
	}

}
