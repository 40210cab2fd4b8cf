package dev.rapport.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import dev.rapport.account.internal.RememberMeLogins;
import dev.rapport.account.internal.SignInThrottle;
import dev.rapport.account.internal.UserAccount;
import dev.rapport.account.internal.UserAccountRepository;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Creates accounts and finds them for sign-in. Sign-up is open to the first visitor (who
 * becomes the owner) and afterwards only when {@code rapport.registration.open=true}.
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final RegistrationProperties registration;

	private final Clock clock;

	private final PasswordPolicy passwordPolicy;

	private final RememberMeLogins rememberMe;

	private final ApplicationEventPublisher events;

	private final SignInThrottle throttle;

	AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, RegistrationProperties registration,
			Clock clock, PasswordPolicy passwordPolicy, RememberMeLogins rememberMe, ApplicationEventPublisher events,
			SignInThrottle throttle) {
		this.throttle = throttle;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.registration = registration;
		this.clock = clock;
		this.passwordPolicy = passwordPolicy;
		this.rememberMe = rememberMe;
		this.events = events;
	}

	public boolean hasAnyAccount() {
		return this.users.count() > 0;
	}

	public boolean isSignUpOpen() {
		return this.registration.open() || !hasAnyAccount();
	}

	/**
	 * Creates the account, or says which field is wrong.
	 * @throws SignUpRejectedException when sign-up is closed, the email is taken or the
	 * zone unknown
	 */
	@Transactional
	public AccountPrincipal signUp(SignUp form) {
		boolean firstRun = !this.registration.open();
		if (firstRun && hasAnyAccount()) {
			throw new SignUpRejectedException(null, "signup.closed");
		}
		String email = normaliseEmail(form.email());
		if (this.users.existsByEmail(email)) {
			throw new SignUpRejectedException("email", "signup.email.taken");
		}
		this.passwordPolicy.problem(form.password(), email, form.displayName()).ifPresent(problem -> {
			throw new SignUpRejectedException("password", problem);
		});
		ZoneId zone;
		try {
			zone = ZoneId.of(form.timeZone().trim());
		}
		catch (DateTimeException ex) {
			throw new SignUpRejectedException("timeZone", "signup.timeZone.unknown");
		}
		UserAccount user = new UserAccount(email, form.displayName().trim(),
				this.passwordEncoder.encode(form.password()), zone, this.clock.instant());
		if (firstRun) {
			user.takeFirstRunSeat();
		}
		try {
			return principalOf(this.users.saveAndFlush(user));
		}
		catch (DataIntegrityViolationException raced) {
			// Someone signed up at the same moment: with the same email, or as the
			// first-run owner.
			throw violates(raced, "app_user_first_run_owner_unique")
					? new SignUpRejectedException(null, "signup.closed")
					: new SignUpRejectedException("email", "signup.email.taken");
		}
	}

	/**
	 * Makes the caller's transaction the only one doing this kind of work for this user
	 * until it ends: a double-submitted form waits for the first submission, then sees
	 * what it did. The database holds the lock (the account's row), so it works across
	 * instances too.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void oneAtATimeFor(long ownerId) {
		this.users.lockById(ownerId);
	}

	/**
	 * Whether this account administers the installation (backups): the first account ever
	 * created, the one the first-run sign-up made.
	 */
	public boolean isInstanceOwner(long userId) {
		return this.users.findFirstByOrderByIdAsc().map(first -> first.getId() == userId).orElse(false);
	}

	/**
	 * Replaces the password after checking the current one and the new one's quality.
	 * Ending the other sessions, remember-me logins and (optionally) tokens is the
	 * caller's part.
	 * @throws AccountChangeRejectedException naming the field that is wrong
	 */
	@Transactional
	public void changePassword(long userId, PasswordChange change) {
		changePassword(userId, change, false);
	}

	/**
	 * As {@link #changePassword(long, PasswordChange)}; with {@code confirmedByProvider}
	 * (a fresh single sign-on, see {@link ProviderReauthentication}) the current password
	 * is not asked for.
	 */
	@Transactional
	public void changePassword(long userId, PasswordChange change, boolean confirmedByProvider) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		if (!confirmedByProvider) {
			confirmCurrentPassword(user, change.currentPassword());
		}
		this.passwordPolicy.problem(change.newPassword(), user.getEmail(), user.getDisplayName()).ifPresent(problem -> {
			throw new AccountChangeRejectedException("newPassword", problem);
		});
		if (this.passwordEncoder.matches(change.newPassword(), user.getPasswordHash())) {
			throw new AccountChangeRejectedException("newPassword", "password.unchanged");
		}
		user.changePassword(this.passwordEncoder.encode(change.newPassword()));
	}

	/**
	 * The account a single sign-on provider vouched for: the one with this (verified)
	 * email, or a new one when sign-up is open. A new account gets a random password
	 * nobody knows, so it signs in through the provider only, and UTC until the user
	 * picks a time zone in the profile.
	 * @throws SignUpRejectedException when there is no such account and sign-up is closed
	 */
	@Transactional
	public AccountPrincipal signInWithProvider(String verifiedEmail, String name) {
		String email = normaliseEmail(verifiedEmail);
		Optional<UserAccount> existing = this.users.findByEmail(email);
		if (existing.isPresent()) {
			return withoutPassword(existing.get());
		}
		if (!isSignUpOpen()) {
			throw new SignUpRejectedException(null, "signup.closed");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String displayName = (name == null || name.isBlank()) ? email.substring(0, Math.max(1, email.indexOf('@')))
				: name.strip();
		AccountPrincipal created = signUp(new SignUp(displayName.substring(0, Math.min(100, displayName.length())),
				email, Base64.getUrlEncoder().encodeToString(secret), "UTC"));
		created.eraseCredentials();
		return created;
	}

	/** What the profile form starts from: the account as it is now, with its version. */
	public ProfileChange profileOf(long userId) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		return new ProfileChange(user.getDisplayName(), user.getZone().getId(), user.getVersion());
	}

	/**
	 * Renames the user and moves them to another time zone.
	 * @return the user as they now are, for the signed-in sessions
	 * @throws AccountChangeRejectedException for an unknown zone, or when the account
	 * changed since the form was shown (field {@code null})
	 */
	@Transactional
	public AccountPrincipal updateProfile(long userId, ProfileChange change) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		if (change.version() != null && change.version() != user.getVersion()) {
			throw new AccountChangeRejectedException(null, "profile.stale");
		}
		ZoneId zone = TimeZones.parse(change.timeZone())
			.orElseThrow(() -> new AccountChangeRejectedException("timeZone", "signup.timeZone.unknown"));
		user.rename(change.displayName().trim());
		user.moveTo(zone);
		this.users.flush();
		return withoutPassword(user);
	}

	/**
	 * Changes the address the user signs in with, after checking the current password.
	 * Remember-me logins follow the new address; {@link AccountEmailChanged} is published
	 * so the old address can be told.
	 * @return the user as they now are, for the signed-in sessions
	 * @throws AccountChangeRejectedException naming the field that is wrong
	 */
	@Transactional
	public AccountPrincipal changeEmail(long userId, EmailChange change) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		confirmCurrentPassword(user, change.currentPassword());
		String oldEmail = user.getEmail();
		String newEmail = normaliseEmail(change.newEmail());
		if (newEmail.equals(oldEmail)) {
			throw new AccountChangeRejectedException("newEmail", "profile.email.unchanged");
		}
		if (this.users.existsByEmail(newEmail)) {
			throw new AccountChangeRejectedException("newEmail", "signup.email.taken");
		}
		user.changeEmail(newEmail);
		try {
			this.users.flush();
		}
		catch (DataIntegrityViolationException raced) {
			throw new AccountChangeRejectedException("newEmail", "signup.email.taken");
		}
		this.rememberMe.renameUser(oldEmail, newEmail);
		this.events.publishEvent(
				new AccountEmailChanged(userId, user.getDisplayName(), oldEmail, newEmail, this.clock.instant()));
		return withoutPassword(user);
	}

	/**
	 * The user as Spring Security sees them, fresh from the database (after a second
	 * sign-in step).
	 */
	public AccountPrincipal principalOf(long userId) {
		return this.users.findById(userId)
			.map(AccountService::principalOf)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	/**
	 * Whether this is the user's password, to confirm a sensitive action. It shares the
	 * sign-in throttle: a stolen session must not become a way to guess the password (and
	 * then change the email), so wrong passwords count, and after too many from one
	 * address nothing is checked.
	 */
	public PasswordCheck checkPassword(long userId, String password) {
		return this.users.findById(userId).map(user -> checkPassword(user, password)).orElse(PasswordCheck.WRONG);
	}

	private PasswordCheck checkPassword(UserAccount user, String password) {
		String address = clientAddress();
		if (address != null && this.throttle.retryAfter(user.getEmail(), address).isPresent()) {
			return PasswordCheck.TOO_MANY_ATTEMPTS;
		}
		if (password != null && this.passwordEncoder.matches(password, user.getPasswordHash())) {
			// no "success" that clears earlier failures: the session was signed in
			// already, and for
			// two-factor accounts only a right code may clear them
			return PasswordCheck.RIGHT;
		}
		if (address != null) {
			this.throttle.recordFailure(user.getEmail(), address);
		}
		return PasswordCheck.WRONG;
	}

	private void confirmCurrentPassword(UserAccount user, String password) {
		switch (checkPassword(user, password)) {
			case WRONG -> throw new AccountChangeRejectedException("currentPassword", "password.currentWrong");
			case TOO_MANY_ATTEMPTS ->
				throw new AccountChangeRejectedException("currentPassword", "password.tooManyAttempts");
			case RIGHT -> {
			}
		}
	}

	/**
	 * The client's address when a web request asks (behind a trusted proxy, the forwarded
	 * one).
	 */
	private static String clientAddress() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getRemoteAddr() : null;
	}

	/**
	 * The owner's time zone, which decides what "today" is for their data in work done
	 * outside their requests (events, scheduled jobs).
	 */
	public ZoneId zoneOf(long ownerId) {
		return this.users.findById(ownerId).map(UserAccount::getZone).orElse(ZoneOffset.UTC);
	}

	/**
	 * Who the owner is (email, name, time zone) for work done outside their requests,
	 * such as mail; empty once the account is gone. Carries no password hash.
	 */
	@Transactional(readOnly = true)
	public Optional<AccountPrincipal> account(long ownerId) {
		return this.users.findById(ownerId)
			.map(user -> new AccountPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getZone(),
					null));
	}

	@Override
	public AccountPrincipal loadUserByUsername(String username) {
		return this.users.findByEmail(normaliseEmail(username))
			.map(AccountService::principalOf)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	private static boolean violates(DataIntegrityViolationException ex, String constraint) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = (cause instanceof ConstraintViolationException violation) ? violation.getConstraintName()
					: cause.getMessage();
			if (name != null && name.toLowerCase(Locale.ROOT).contains(constraint)) {
				return true;
			}
		}
		return false;
	}

	static String normaliseEmail(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	private static AccountPrincipal withoutPassword(UserAccount user) {
		return new AccountPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getZone(), null);
	}

	static AccountPrincipal principalOf(UserAccount user) {
		return new AccountPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getZone(),
				user.getPasswordHash());
	}

}
