package dev.rapport.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.twofactor.TwoFactorService;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Persistent remember-me logins that wait for the second factor: Spring issues the cookie
 * as soon as the password is right, which for a two-factor account would let the cookie
 * skip the code. For those accounts the cookie is issued only by
 * {@link #rememberAfterSecondFactor}. Using a cookie is as tolerant of restored tabs as
 * {@link TolerantRememberMeServices}.
 */
class SecondFactorRememberMeServices extends TolerantRememberMeServices {

	private static final String AFTER_SECOND_FACTOR = SecondFactorRememberMeServices.class.getName() + ".after";

	private final TwoFactorService twoFactor;

	SecondFactorRememberMeServices(String key, UserDetailsService users, PersistentTokenRepository tokens,
			TwoFactorService twoFactor) {
		super(key, users, tokens);
		this.twoFactor = twoFactor;
	}

	@Override
	protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (request.getAttribute(AFTER_SECOND_FACTOR) == null
				&& authentication.getPrincipal() instanceof AccountPrincipal principal
				&& this.twoFactor.isEnabled(principal.id())) {
			return;
		}
		super.onLoginSuccess(request, response, authentication);
	}

	void rememberAfterSecondFactor(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		request.setAttribute(AFTER_SECOND_FACTOR, Boolean.TRUE);
		super.onLoginSuccess(request, response, authentication);
	}

	/**
	 * Whether the sign-in form asked to be remembered (read before the code step forgets
	 * it).
	 */
	boolean requested(HttpServletRequest request) {
		return rememberMeRequested(request, getParameter());
	}

}
