package dev.rapport.shared;

/**
 * A field that breaks a business rule Bean Validation cannot express (an unsafe link, a
 * date too far ahead, someone else's contact). Pages show {@link #messageKey()} on
 * {@link #field()}, with {@link #messageArguments()} (a limit such as the longest tag,
 * stated once in code rather than in the message's text); the API turns it into a 400
 * problem detail with the same field.
 */
public abstract class FieldRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] messageArguments;

	protected FieldRuleViolation(String field, String messageKey, Object... messageArguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.messageArguments = messageArguments.clone();
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The message's arguments ({0}, {1} ...); empty for most messages. */
	public Object[] messageArguments() {
		return this.messageArguments.clone();
	}

}
