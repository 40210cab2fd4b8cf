package dev.rapport.account;

/**
 * A sign-up that breaks a rule; {@code field} is null when the rule concerns the whole
 * form.
 */
public class SignUpRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public SignUpRejectedException(String field, String messageKey) {
		super(messageKey);
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
