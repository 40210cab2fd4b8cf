package dev.rapport.account.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Persistent remember-me tokens (rotated on every use, theft detected) that behave well
 * when a browser restores several tabs at once: those requests all leave with the same
 * cookie, the first rotates it, and the others would look like a stolen cookie. A cookie
 * whose token was replaced less than {@link #GRACE} ago is therefore still accepted,
 * without another rotation (so the first answer's new cookie stays). An older mismatch is
 * treated as theft, as before (every remember-me login of the user is revoked), but
 * answered with the sign-in page instead of an error. The cookie is {@code SameSite=Lax}
 * like the session cookie.
 */
class TolerantRememberMeServices extends PersistentTokenBasedRememberMeServices {

	static final Duration GRACE = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(TolerantRememberMeServices.class);

	private final PersistentTokenRepository tokens;

	TolerantRememberMeServices(String key, UserDetailsService users, PersistentTokenRepository tokens) {
		super(key, users, tokens);
		this.tokens = tokens;
		setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
	}

	@Override
	protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
			HttpServletResponse response) {
		if (cookieTokens.length == 2) {
			PersistentRememberMeToken stored = this.tokens.getTokenForSeries(cookieTokens[0]);
			if (stored != null && !stored.getTokenValue().equals(cookieTokens[1])
					&& stored.getDate().toInstant().isAfter(Instant.now().minus(GRACE))) {
				// Spring Security dates tokens with the system clock, so "now" must be
				// the system's too.
				return getUserDetailsService().loadUserByUsername(stored.getUsername());
			}
		}
		return super.processAutoLoginCookie(cookieTokens, request, response);
	}

	@Override
	public Authentication autoLogin(HttpServletRequest request, HttpServletResponse response) {
		try {
			return super.autoLogin(request, response);
		}
		catch (CookieTheftException theft) {
			log.warn("A remember-me cookie was used after it had been replaced; every remember-me login of its "
					+ "user is revoked and the request is sent to sign in");
			cancelCookie(request, response);
			return null;
		}
	}

}
