package dev.rapport.reminders.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.reminders.Digest;
import dev.rapport.reminders.MailUnavailableException;
import dev.rapport.reminders.RemindersProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a digest as one message with an HTML and a plain-text part, and the headers mail
 * clients use for their own "unsubscribe" button (RFC 2369, one-click per RFC 8058). Mail
 * goes through {@code spring.mail.*}; without it there is no sender and nothing is sent.
 */
@Component
public class DigestMailer {

	private final ObjectProvider<JavaMailSender> senders;

	private final RemindersProperties properties;

	DigestMailer(ObjectProvider<JavaMailSender> senders, RemindersProperties properties) {
		this.senders = senders;
		this.properties = properties;
	}

	public boolean configured() {
		return this.senders.getIfAvailable() != null;
	}

	/**
	 * @throws MailUnavailableException when no mail is configured or the server did not
	 * take it
	 */
	public void send(AccountPrincipal to, Digest digest, String unsubscribeLink) {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			throw new MailUnavailableException(false, null);
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
					"UTF-8");
			helper.setFrom(this.properties.from());
			helper.setTo(to.email());
			helper.setSubject(digest.subject());
			helper.setText(digest.text(), digest.html());
			message.setHeader("List-Unsubscribe", "<" + unsubscribeLink + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			message.setHeader("Auto-Submitted", "auto-generated");
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			throw new MailUnavailableException(true, ex);
		}
	}

}
