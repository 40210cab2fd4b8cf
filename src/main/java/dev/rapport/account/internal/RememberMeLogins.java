package dev.rapport.account.internal;

import java.util.Date;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Spring Security's remember-me tokens in the database ({@code persistent_logins}),
 * noting in the session which series (one per browser) it issued or used. Signing one
 * session out can then also forget that browser's remember-me login, and "sign out
 * everywhere else" can keep this browser's.
 */
public class RememberMeLogins extends JdbcTokenRepositoryImpl {

	private final JdbcTemplate jdbc;

	RememberMeLogins(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		setJdbcTemplate(jdbc);
	}

	@Override
	public void createNewToken(PersistentRememberMeToken token) {
		super.createNewToken(token);
		noteInSession(token.getSeries());
	}

	@Override
	public void updateToken(String series, String tokenValue, Date lastUsed) {
		super.updateToken(series, tokenValue, lastUsed);
		noteInSession(series);
	}

	/** Forgets one browser's remember-me login, if it belongs to this user. */
	public void removeSeries(String username, String series) {
		this.jdbc.update("delete from persistent_logins where username = ? and series = ?", username, series);
	}

	/** Keeps the user's remember-me logins working after an email change. */
	public void renameUser(String oldUsername, String newUsername) {
		this.jdbc.update("update persistent_logins set username = ? where username = ?", newUsername, oldUsername);
	}

	/**
	 * Forgets every remember-me login of the user but the given one (which may be null).
	 */
	public void removeAllBut(String username, String keptSeries) {
		if (keptSeries == null) {
			removeUserTokens(username);
		}
		else {
			this.jdbc.update("delete from persistent_logins where username = ? and series <> ?", username, keptSeries);
		}
	}

	private static void noteInSession(String series) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(SessionDevice.REMEMBER_ME_SERIES_ATTRIBUTE, series, RequestAttributes.SCOPE_SESSION);
		}
	}

}
