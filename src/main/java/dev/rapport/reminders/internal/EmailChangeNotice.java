package dev.rapport.reminders.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dev.rapport.account.AccountEmailChanged;
import dev.rapport.account.AccountService;
import dev.rapport.reminders.RemindersProperties;
import dev.rapport.shared.PublicLinks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the old address when an account's email address was changed, so that an owner
 * whose account was taken over (someone had the password and an open browser) learns of
 * it. Sent by this module because it is the one that sends mail ({@code spring.mail.*},
 * sender {@code rapport.reminders.from}); without a mail server nothing is sent. Sent
 * only after the change committed; a mail server that is down does not undo the change,
 * it is logged.
 */
@Component
class EmailChangeNotice {

	private static final Logger log = LoggerFactory.getLogger(EmailChangeNotice.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final RemindersProperties properties;

	private final PublicLinks links;

	private final MessageSource messages;

	private final AccountService accounts;

	EmailChangeNotice(ObjectProvider<JavaMailSender> senders, RemindersProperties properties, PublicLinks links,
			MessageSource messages, AccountService accounts) {
		this.senders = senders;
		this.properties = properties;
		this.links = links;
		this.messages = messages;
		this.accounts = accounts;
	}

	@TransactionalEventListener
	void tellOldAddress(AccountEmailChanged changed) {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			return;
		}
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
			.withLocale(Locale.ENGLISH)
			.withZone(this.accounts.zoneOf(changed.userId()))
			.format(changed.changedAt());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(changed.oldEmail());
		message.setSubject(text("emailChanged.subject"));
		message.setText(String.join("\n\n", text("emailChanged.greeting", changed.displayName()),
				text("emailChanged.what", this.links.to("/"), changed.oldEmail(), changed.newEmail(), when),
				text("emailChanged.ifYou"), text("emailChanged.ifNotYou")));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not tell the old address of account {} about its email change: {}", changed.userId(),
					ex.getMessage());
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
