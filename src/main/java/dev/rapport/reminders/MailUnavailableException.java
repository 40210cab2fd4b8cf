package dev.rapport.reminders;

/**
 * No mail can be sent right now: none is configured, or the mail server refused or did
 * not answer.
 */
public class MailUnavailableException extends RuntimeException {

	private final boolean configured;

	public MailUnavailableException(boolean configured, Throwable cause) {
		super(configured ? "The mail server did not take the message" : "No mail server is configured", cause);
		this.configured = configured;
	}

	/** False when no mail server is configured at all. */
	public boolean configured() {
		return this.configured;
	}

}
