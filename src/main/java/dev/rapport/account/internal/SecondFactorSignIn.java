package dev.rapport.account.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.twofactor.TwoFactorService;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The second step of signing in to an account with two-factor sign-in. A right password
 * does not sign such an account in: the session only remembers, for a few minutes, whose
 * code to ask for (nothing else treats that as signed in). A right code then signs in
 * exactly as the password alone does for other accounts (new session id, remember-me if
 * it was ticked, back to the page asked for). Wrong codes count in the same
 * {@link SignInThrottle} as wrong passwords.
 */
public class SecondFactorSignIn {

	static final String PENDING = "rapport.signin.pendingSecondFactor";

	static final Duration PENDING_FOR = Duration.ofMinutes(5);

	/** How a code attempt went. */
	public enum Outcome {

		/** Signed in; the response is already a redirect. */
		SIGNED_IN,
		/** Wrong or reused code: ask again. */
		WRONG_CODE,
		/**
		 * Too many failures: the response is already a redirect to the sign-in page
		 * saying so.
		 */
		THROTTLED,
		/**
		 * No password step in this session, or it is too old: start again at the sign-in
		 * page.
		 */
		NOT_PENDING

	}

	record Pending(long userId, String email, boolean rememberMe, Instant since) implements Serializable {
	}

	private final TwoFactorService twoFactor;

	private final AccountService accounts;

	private final SignInThrottle throttle;

	private final SecondFactorRememberMeServices rememberMe;

	private final SecurityContextRepository contexts;

	private final Clock clock;

	private AuthenticationSuccessHandler signedIn;

	SecondFactorSignIn(TwoFactorService twoFactor, AccountService accounts, SignInThrottle throttle,
			SecondFactorRememberMeServices rememberMe, SecurityContextRepository contexts, Clock clock) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.throttle = throttle;
		this.rememberMe = rememberMe;
		this.contexts = contexts;
		this.clock = clock;
	}

	/**
	 * Wraps what happens after a right password: for a two-factor account, the code step
	 * instead of signing in.
	 */
	AuthenticationSuccessHandler afterPassword(AuthenticationSuccessHandler signedIn) {
		this.signedIn = signedIn;
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof AccountPrincipal principal
					&& this.twoFactor.isEnabled(principal.id())) {
				SecurityContext empty = SecurityContextHolder.createEmptyContext();
				SecurityContextHolder.setContext(empty);
				this.contexts.saveContext(empty, request, response);
				request.getSession()
					.setAttribute(PENDING, new Pending(principal.id(), principal.email(),
							this.rememberMe.requested(request), this.clock.instant()));
				response.sendRedirect(request.getContextPath() + "/login/code");
				return;
			}
			signedIn.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Whether this browser has just given a right password and owes a code. */
	public boolean isPending(HttpServletRequest request) {
		return pending(request).isPresent();
	}

	public Outcome complete(HttpServletRequest request, HttpServletResponse response, String code)
			throws IOException, ServletException {
		Optional<Pending> found = pending(request);
		if (found.isEmpty()) {
			return Outcome.NOT_PENDING;
		}
		Pending pending = found.get();
		String address = request.getRemoteAddr();
		Optional<Duration> wait = this.throttle.retryAfter(pending.email(), address);
		if (wait.isEmpty() && !this.twoFactor.verify(pending.userId(), code)) {
			this.throttle.recordFailure(pending.email(), address);
			wait = this.throttle.retryAfter(pending.email(), address);
			if (wait.isEmpty()) {
				return Outcome.WRONG_CODE;
			}
		}
		request.getSession().removeAttribute(PENDING);
		if (wait.isPresent()) {
			response.sendRedirect(request.getContextPath() + SignInThrottleFilter.throttledPage(wait.get()));
			return Outcome.THROTTLED;
		}
		// Only now, with password and code right, does this account start afresh from
		// this address.
		this.throttle.recordSuccess(pending.email(), address);
		AccountPrincipal principal = this.accounts.principalOf(pending.userId());
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		principal.eraseCredentials();
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		if (pending.rememberMe()) {
			this.rememberMe.rememberAfterSecondFactor(request, response, authentication);
		}
		this.signedIn.onAuthenticationSuccess(request, response, authentication);
		return Outcome.SIGNED_IN;
	}

	/** Abandons the code step (the "use another account" link). */
	public void cancel(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(PENDING);
		}
	}

	private Optional<Pending> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (pending.since().plus(PENDING_FOR).isBefore(this.clock.instant())) {
			session.removeAttribute(PENDING);
			return Optional.empty();
		}
		return Optional.of(pending);
	}

}
