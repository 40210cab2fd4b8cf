package dev.rapport.contact;

import dev.rapport.shared.FieldRuleViolation;

/**
 * A rule broken by a contact field (an unsafe link, too many tags).
 */
public class InvalidContactException extends FieldRuleViolation {

	public InvalidContactException(String field, String messageKey, Object... messageArguments) {
		super(field, messageKey, messageArguments);
	}

}
