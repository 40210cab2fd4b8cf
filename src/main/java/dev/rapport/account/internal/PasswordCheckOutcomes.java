package dev.rapport.account.internal;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.twofactor.TwoFactorService;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link SignInThrottle} how every password check went, wherever it happened:
 * the sign-in form and HTTP Basic on token creation both authenticate through Spring
 * Security's authentication manager, which publishes these events with the client's
 * address in the request's details. Remember-me and bearer-token sign-ins check no
 * password and are ignored.
 * <p>
 * A right password for an account with two-factor sign-in is not yet a success: the
 * failures stay counted until the code is right too ({@link SecondFactorSignIn},
 * {@link TokenCreationSecondFactorFilter}). Otherwise someone who knows the password
 * could reset the count with it between code guesses.
 */
@Component
class PasswordCheckOutcomes {

	private final SignInThrottle throttle;

	private final TwoFactorService twoFactor;

	PasswordCheckOutcomes(SignInThrottle throttle, TwoFactorService twoFactor) {
		this.throttle = throttle;
		this.twoFactor = twoFactor;
	}

	@EventListener
	void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			this.throttle.recordFailure(attempt.getName(), addressOf(attempt));
		}
	}

	@EventListener
	void onRightPassword(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn
				&& !(signedIn.getPrincipal() instanceof AccountPrincipal principal
						&& this.twoFactor.isEnabled(principal.id()))) {
			this.throttle.recordSuccess(signedIn.getName(), addressOf(signedIn));
		}
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
