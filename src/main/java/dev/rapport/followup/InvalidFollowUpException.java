package dev.rapport.followup;

/**
 * A follow-up that breaks a rule (an unknown contact or interaction, a snooze into the past).
 */
public class InvalidFollowUpException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidFollowUpException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
