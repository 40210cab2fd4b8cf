package dev.rapport.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dev.rapport.account.internal.RememberMeLogins;
import dev.rapport.account.internal.SessionDevice;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The user's signed-in browsers (sessions kept by Spring Session in the database) and
 * ending them: one at a time, or all but the current one. Ending a session also forgets
 * that browser's remember-me login, otherwise the browser would sign itself straight back
 * in.
 */
@Service
public class SessionService {

	private static final int HANDLE_LENGTH = 16;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final RememberMeLogins rememberMe;

	private final SecurityContextRepository contexts;

	SessionService(FindByIndexNameSessionRepository<? extends Session> sessions, RememberMeLogins rememberMe,
			SecurityContextRepository contexts) {
		this.sessions = sessions;
		this.rememberMe = rememberMe;
		this.contexts = contexts;
	}

	/**
	 * After a profile or email change: every signed-in session of the user, this one and
	 * the other browsers', goes on as the user now is (name, email, time zone), without
	 * signing anybody out. A session keeps its signed-in user from sign-in on, so it
	 * would otherwise show the old name and compute "today" in the old zone until the
	 * next sign-in.
	 */
	public void signedInAs(AccountPrincipal updated, HttpServletRequest request, HttpServletResponse response) {
		HttpSession current = request.getSession(false);
		String currentId = current == null ? null : current.getId();
		rewriteOthers(this.sessions, updated, currentId);
		Authentication now = SecurityContextHolder.getContext().getAuthentication();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(withPrincipal(now, updated));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	private static <S extends Session> void rewriteOthers(FindByIndexNameSessionRepository<S> repository,
			AccountPrincipal updated, String currentId) {
		for (S session : repository.findByPrincipalName(Long.toString(updated.id())).values()) {
			Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (!session.getId().equals(currentId) && stored instanceof SecurityContext context
					&& context.getAuthentication() != null) {
				session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
						new SecurityContextImpl(withPrincipal(context.getAuthentication(), updated)));
				repository.save(session);
			}
		}
	}

	/** The same sign-in (authorities, details), now carrying the updated user. */
	private static Authentication withPrincipal(Authentication before, AccountPrincipal updated) {
		UsernamePasswordAuthenticationToken after = UsernamePasswordAuthenticationToken.authenticated(updated, null,
				before == null ? updated.getAuthorities() : before.getAuthorities());
		if (before != null) {
			after.setDetails(before.getDetails());
		}
		return after;
	}

	/** The user's sessions, the current one first, then the most recently seen. */
	public List<SignedInSession> list(AccountPrincipal user, String currentSessionId) {
		return sessionsOf(user).values()
			.stream()
			.map(session -> new SignedInSession(handleOf(session.getId()),
					Objects.toString(session.getAttribute(SessionDevice.DEVICE_ATTRIBUTE), ""),
					Objects.toString(session.getAttribute(SessionDevice.ADDRESS_ATTRIBUTE), ""),
					session.getCreationTime(), session.getLastAccessedTime(), session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(SignedInSession::current)
				.thenComparing(SignedInSession::lastSeenAt, Comparator.<Instant>naturalOrder())
				.reversed())
			.toList();
	}

	/**
	 * Signs out the user's session with this handle (never another user's).
	 * @return whether there was such a session
	 */
	public boolean signOut(AccountPrincipal user, String handle) {
		for (Session session : sessionsOf(user).values()) {
			if (handleOf(session.getId()).equals(handle)) {
				end(user, session);
				return true;
			}
		}
		return false;
	}

	/**
	 * Signs out every session of the user but the current one, and forgets every
	 * remember-me login but the current browser's.
	 * @return how many sessions were ended
	 */
	public int signOutEverywhereElse(AccountPrincipal user, String currentSessionId) {
		int ended = 0;
		String keptSeries = null;
		for (Session session : sessionsOf(user).values()) {
			if (session.getId().equals(currentSessionId)) {
				keptSeries = session.getAttribute(SessionDevice.REMEMBER_ME_SERIES_ATTRIBUTE);
			}
			else {
				end(user, session);
				ended++;
			}
		}
		this.rememberMe.removeAllBut(user.email(), keptSeries);
		return ended;
	}

	/** Forgets every remember-me login of the user, this browser's included. */
	public void forgetRememberMe(AccountPrincipal user) {
		this.rememberMe.removeAllBut(user.email(), null);
	}

	/** Ends every session and remember-me login of the user (for a deleted account). */
	public void signOutEverywhere(long userId, String email) {
		for (String id : this.sessions.findByPrincipalName(Long.toString(userId)).keySet()) {
			this.sessions.deleteById(id);
		}
		this.rememberMe.removeAllBut(email, null);
	}

	private Map<String, ? extends Session> sessionsOf(AccountPrincipal user) {
		return this.sessions.findByPrincipalName(Long.toString(user.id()));
	}

	private void end(AccountPrincipal user, Session session) {
		String series = session.getAttribute(SessionDevice.REMEMBER_ME_SERIES_ATTRIBUTE);
		this.sessions.deleteById(session.getId());
		if (series != null) {
			this.rememberMe.removeSeries(user.email(), series);
		}
	}

	/** A stable, non-secret name for a session id: the start of its SHA-256. */
	static String handleOf(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, HANDLE_LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
