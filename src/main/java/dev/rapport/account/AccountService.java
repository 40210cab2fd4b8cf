package dev.rapport.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import dev.rapport.account.internal.UserAccount;
import dev.rapport.account.internal.UserAccountRepository;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and finds them for sign-in. Sign-up is open to the first visitor (who becomes
 * the owner) and afterwards only when {@code rapport.registration.open=true}.
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final RegistrationProperties registration;

	private final Clock clock;

	AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, RegistrationProperties registration,
			Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.registration = registration;
		this.clock = clock;
	}

	public boolean hasAnyAccount() {
		return this.users.count() > 0;
	}

	public boolean isSignUpOpen() {
		return this.registration.open() || !hasAnyAccount();
	}

	/**
	 * Creates the account, or says which field is wrong.
	 * @throws SignUpRejectedException when sign-up is closed, the email is taken or the zone unknown
	 */
	@Transactional
	public AccountPrincipal signUp(SignUp form) {
		if (!isSignUpOpen()) {
			throw new SignUpRejectedException(null, "signup.closed");
		}
		String email = normaliseEmail(form.email());
		if (this.users.existsByEmail(email)) {
			throw new SignUpRejectedException("email", "signup.email.taken");
		}
		ZoneId zone;
		try {
			zone = ZoneId.of(form.timeZone().trim());
		}
		catch (DateTimeException ex) {
			throw new SignUpRejectedException("timeZone", "signup.timeZone.unknown");
		}
		UserAccount user = this.users.save(new UserAccount(email, form.displayName().trim(),
				this.passwordEncoder.encode(form.password()), zone, this.clock.instant()));
		return principalOf(user);
	}

	/** The owner's time zone, which decides what "today" is for their data in
	 * work done outside their requests (events, scheduled jobs). */
	public ZoneId zoneOf(long ownerId) {
		return this.users.findById(ownerId).map(UserAccount::getZone).orElse(ZoneOffset.UTC);
	}

	/**
	 * Who the owner is (email, name, time zone) for work done outside their requests, such as
	 * mail; empty once the account is gone. Carries no password hash.
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

	static String normaliseEmail(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	static AccountPrincipal principalOf(UserAccount user) {
		return new AccountPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getZone(),
				user.getPasswordHash());
	}

}
