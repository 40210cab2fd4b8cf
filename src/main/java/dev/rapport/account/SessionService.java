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

import dev.rapport.account.internal.RememberMeLogins;
import dev.rapport.account.internal.SessionDevice;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The user's signed-in browsers (sessions kept by Spring Session in the database) and ending them:
 * one at a time, or all but the current one. Ending a session also forgets that browser's
 * remember-me login, otherwise the browser would sign itself straight back in.
 */
@Service
public class SessionService {

	private static final int HANDLE_LENGTH = 16;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final RememberMeLogins rememberMe;

	SessionService(FindByIndexNameSessionRepository<? extends Session> sessions, RememberMeLogins rememberMe) {
		this.sessions = sessions;
		this.rememberMe = rememberMe;
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
	 * Signs out every session of the user but the current one, and forgets every remember-me login
	 * but the current browser's.
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
