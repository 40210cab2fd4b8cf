package dev.rapport.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * A sign-in through the single sign-on provider moments ago stands in for the current
 * password. Accounts made through the provider have a random password nobody knows, so
 * they could not set one (and then change their email or delete the account, which ask
 * for it). The provider signs this account in anyway (with the account's second factor
 * after it), so a <em>fresh</em> sign-in there proves as much as typing the password; an
 * old session does not, so the window is short. Settings → Password sends the user
 * through the provider again to open it.
 */
@Component
public class ProviderReauthentication {

	/** Session attribute: when this session last came back from the provider. */
	public static final String SIGNED_IN_AT = "rapport.signin.providerAt";

	public static final Duration FRESH_FOR = Duration.ofMinutes(5);

	private final Clock clock;

	ProviderReauthentication(Clock clock) {
		this.clock = clock;
	}

	/** Called after the provider vouched for the user. */
	public void signedIn(HttpServletRequest request) {
		request.getSession().setAttribute(SIGNED_IN_AT, this.clock.instant());
	}

	/** Whether this session came back from the provider within the last few minutes. */
	public boolean isFresh(HttpSession session) {
		return session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant at
				&& !at.plus(FRESH_FOR).isBefore(this.clock.instant());
	}

	/**
	 * Once used, the window closes: one fresh sign-in, one password set without the old
	 * one.
	 */
	public void used(HttpSession session) {
		if (session != null) {
			session.removeAttribute(SIGNED_IN_AT);
		}
	}

}
