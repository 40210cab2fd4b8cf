package dev.rapport.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where the sign-in form goes next. The outcome itself has already been counted by
 * {@link PasswordCheckOutcomes}; a failure that reaches the throttle's limit says so at
 * once.
 */
class SignInAttempts implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final SignInThrottle throttle;

	private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	SignInAttempts(SignInThrottle throttle) {
		this.throttle = throttle;
		this.success.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		this.success.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String email = request.getParameter(SignInThrottleFilter.USERNAME_PARAMETER);
		// The failure that reaches the limit already says so, rather than letting the
		// user type again in vain.
		Optional<Duration> wait = this.throttle.retryAfter(email, request.getRemoteAddr());
		this.redirects.sendRedirect(request, response,
				wait.map(SignInThrottleFilter::throttledPage).orElse("/login?error"));
	}

}
