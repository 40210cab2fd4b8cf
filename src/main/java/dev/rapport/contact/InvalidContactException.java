package dev.rapport.contact;

/**
 * A contact field that breaks a rule Bean Validation cannot express (an unsafe link, too many
 * tags); shown to the user as a message on that field.
 */
public class InvalidContactException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidContactException(String field, String messageKey) {
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
