package dev.rapport.interaction;

/**
 * An interaction that breaks a rule (a date too far ahead, a participant that is not the user's);
 * shown as a message on that field.
 */
public class InvalidInteractionException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidInteractionException(String field, String messageKey) {
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
