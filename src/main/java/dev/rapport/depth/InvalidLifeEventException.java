package dev.rapport.depth;

import dev.rapport.shared.FieldRuleViolation;

/**
 * A life event field that breaks a rule: a date out of range, a check-in before the
 * event.
 */
public class InvalidLifeEventException extends FieldRuleViolation {

	public InvalidLifeEventException(String field, String messageKey) {
		super(field, messageKey);
	}

}
