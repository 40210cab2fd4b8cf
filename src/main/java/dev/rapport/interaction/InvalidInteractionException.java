package dev.rapport.interaction;

import dev.rapport.shared.FieldRuleViolation;

/**
 * A rule broken by an interaction (a date too far ahead, a participant that is not the
 * user's).
 */
public class InvalidInteractionException extends FieldRuleViolation {

	public InvalidInteractionException(String field, String messageKey) {
		super(field, messageKey);
	}

}
