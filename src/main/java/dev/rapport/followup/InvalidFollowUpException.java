package dev.rapport.followup;

import dev.rapport.shared.FieldRuleViolation;

/**
 * A rule broken by a follow-up (an unknown contact or interaction, a snooze into the
 * past).
 */
public class InvalidFollowUpException extends FieldRuleViolation {

	public InvalidFollowUpException(String field, String messageKey) {
		super(field, messageKey);
	}

}
