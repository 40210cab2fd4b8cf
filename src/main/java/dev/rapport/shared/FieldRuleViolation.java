package dev.rapport.shared;

/**
 * A field that breaks a business rule Bean Validation cannot express (an unsafe link, a
 * date too far ahead, someone else's contact). Pages show {@link #messageKey()} on
 * {@link #field()}; the API turns it into a 400 problem detail with the same field.
 */
public abstract class FieldRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	protected FieldRuleViolation(String field, String messageKey) {
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
