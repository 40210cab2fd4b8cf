package dev.rapport.account;

import dev.rapport.account.internal.RememberMeLogins;
import dev.rapport.account.internal.UserAccount;
import dev.rapport.account.internal.UserAccountRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account and everything of its owner in one transaction. Every table holding
 * user data has an {@code owner_id} referencing {@code app_user} with
 * {@code on delete cascade} (or hangs off such a table with a cascading key), so deleting
 * the user row removes all of it, including tables added later;
 * {@code AccountDeletionTests} checks the schema keeps that promise. Sessions and
 * remember-me logins are keyed by id and email instead, so they are deleted here
 * explicitly. Modules with very large rows of the owner (uploads waiting for their
 * import) delete them piece by piece on {@link AccountDeleting}, before the cascade.
 */
@Service
public class AccountDeletionService {

	private final UserAccountRepository users;

	private final RememberMeLogins rememberMe;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	AccountDeletionService(UserAccountRepository users, RememberMeLogins rememberMe, JdbcTemplate jdbc,
			ApplicationEventPublisher events) {
		this.users = users;
		this.rememberMe = rememberMe;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public void delete(long userId) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		this.rememberMe.removeAllBut(user.getEmail(), null);
		// Session attributes go with their session (on delete cascade).
		this.jdbc.update("delete from spring_session where principal_name = ?", Long.toString(userId));
		// Before the cascade: a module deletes here what is too large for one statement.
		this.events.publishEvent(new AccountDeleting(userId));
		this.users.delete(user);
		this.users.flush();
		this.events.publishEvent(new AccountDeleted(userId));
	}

}
