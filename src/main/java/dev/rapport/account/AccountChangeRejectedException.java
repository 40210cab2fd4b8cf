package dev.rapport.account;

/**
 * A settings change that breaks a rule (wrong current password, a common password, an
 * email in use): {@code field} is the form field to show {@code messageKey} beside.
 */
public class AccountChangeRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AccountChangeRejectedException(String field, String messageKey) {
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
