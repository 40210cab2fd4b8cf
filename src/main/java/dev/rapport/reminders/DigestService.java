package dev.rapport.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.reminders.internal.DigestComposer;
import dev.rapport.reminders.internal.DigestMailer;
import dev.rapport.reminders.internal.DigestSchedule;
import dev.rapport.reminders.internal.DigestStore;
import dev.rapport.reminders.internal.UnsubscribeLinks;
import dev.rapport.shared.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The weekly digest: each user's settings, a preview, "send it now", the weekly run and
 * the one-click unsubscribe. Each week's digest is sent at most once per user and week,
 * recorded in the database before the mail server is called, as described in
 * {@code docs/decisions/0007-digest-exactly-once.md}.
 */
@Service
public class DigestService {

	private static final Logger logger = LoggerFactory.getLogger(DigestService.class);

	private final DigestStore store;

	private final DigestComposer composer;

	private final DigestMailer mailer;

	private final UnsubscribeLinks unsubscribeLinks;

	private final AccountService accounts;

	private final RemindersProperties properties;

	private final Clock clock;

	DigestService(DigestStore store, DigestComposer composer, DigestMailer mailer, UnsubscribeLinks unsubscribeLinks,
			AccountService accounts, RemindersProperties properties, Clock clock) {
		this.store = store;
		this.composer = composer;
		this.mailer = mailer;
		this.unsubscribeLinks = unsubscribeLinks;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	public boolean mailConfigured() {
		return this.mailer.configured();
	}

	public DigestSettings settings(long ownerId) {
		return this.store.settings(ownerId).map(DigestStore.Stored::settings).orElse(DigestSettings.DEFAULT);
	}

	public DigestSettings saveSettings(long ownerId, DigestSettingsCommand command) {
		DigestSettings settings = new DigestSettings(command.enabled(), command.dayOfWeek(), command.hour(),
				command.sendWhenQuiet());
		this.store.save(ownerId, settings, this.clock.instant());
		return settings;
	}

	/** This week's send, if the weekly run got to it. */
	public Optional<DigestStore.WeekSend> latestSend(long ownerId) {
		return this.store.latest(ownerId);
	}

	/** This week's digest as it would be sent now. */
	public Digest preview(long ownerId) {
		AccountPrincipal account = account(ownerId);
		return this.composer.compose(ownerId, account.displayName(), today(account.zone()),
				this.unsubscribeLinks.linkFor(ownerId));
	}

	/**
	 * Sends this week's digest to the account's email now, whatever the settings (a quiet
	 * week too). It does not count as the weekly one.
	 * @return the address it was sent to
	 * @throws MailUnavailableException when no mail is configured or the server did not
	 * take it
	 */
	public String sendNow(long ownerId) {
		AccountPrincipal account = account(ownerId);
		String unsubscribe = this.unsubscribeLinks.linkFor(ownerId);
		Digest digest = this.composer.compose(ownerId, account.displayName(), today(account.zone()), unsubscribe);
		this.mailer.send(account, digest, unsubscribe);
		return account.email();
	}

	/**
	 * Turns the digest off for the user a "stop these emails" token names; false for a
	 * bad token.
	 */
	public boolean unsubscribe(String token) {
		OptionalLong owner = this.unsubscribeLinks.ownerOf(token);
		if (owner.isEmpty()) {
			return false;
		}
		this.store.disable(owner.getAsLong());
		return true;
	}

	/**
	 * Whether a "stop these emails" token is one of ours (the page asks before acting).
	 */
	public boolean isUnsubscribeToken(String token) {
		return this.unsubscribeLinks.ownerOf(token).isPresent();
	}

	/**
	 * Sends every digest that is due at {@code now} and not yet sent this week. Called by
	 * the scheduler every minute and at start (so a digest missed while the app was down
	 * goes out).
	 * @return how many digests were sent
	 */
	public int sendDue(Instant now) {
		if (!this.mailer.configured()) {
			return 0;
		}
		int sent = 0;
		for (DigestStore.Stored stored : this.store.enabled()) {
			Optional<AccountPrincipal> account = this.accounts.account(stored.ownerId());
			if (account.isEmpty()) {
				continue;
			}
			Optional<LocalDate> week = DigestSchedule.dueWeek(now, account.get().zone(), stored.settings(),
					stored.enabledAt());
			if (week.isPresent() && sendWeekly(account.get(), stored.settings(), week.get(), now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean sendWeekly(AccountPrincipal account, DigestSettings settings, LocalDate weekStart, Instant now) {
		long ownerId = account.id();
		if (!this.store.claim(ownerId, weekStart, now)) {
			return false;
		}
		try {
			String unsubscribe = this.unsubscribeLinks.linkFor(ownerId);
			Digest digest = this.composer.compose(ownerId, account.displayName(),
					LocalDate.ofInstant(now, account.zone()), unsubscribe);
			if (digest.quiet() && !settings.sendWhenQuiet()) {
				this.store.finish(ownerId, weekStart, "SKIPPED", now);
				return false;
			}
			this.mailer.send(account, digest, unsubscribe);
			this.store.finish(ownerId, weekStart, "SENT", this.clock.instant());
			logger.info("Sent the weekly digest of {} to user {}", weekStart, ownerId);
			return true;
		}
		catch (RuntimeException ex) {
			// The mail server did not take it (or composing failed): nothing went out, so
			// trying
			// again later cannot make a second copy.
			int attempts = this.store.attempts(ownerId, weekStart);
			Instant next = now.plus(backoff(attempts));
			this.store.retryLater(ownerId, weekStart, next, ex.toString());
			logger.warn("Weekly digest of {} for user {} failed (attempt {}), trying again at {}: {}", weekStart,
					ownerId, attempts, next, ex.toString());
			return false;
		}
	}

	/** 1, 2, 4, 8 ... minutes after the attempt, at most an hour (both configurable). */
	Duration backoff(int attempts) {
		Duration first = this.properties.firstRetry();
		Duration longest = this.properties.longestRetry();
		Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(longest) > 0 ? longest : wait;
	}

	private AccountPrincipal account(long ownerId) {
		return this.accounts.account(ownerId).orElseThrow(() -> new NotFoundException("Account", ownerId));
	}

	private LocalDate today(ZoneId zone) {
		return LocalDate.now(this.clock.withZone(zone));
	}

}
