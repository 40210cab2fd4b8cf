package dev.rapport.account;

import java.time.Instant;

/**
 * Published when a user changed the email address they sign in with, within the
 * transaction that changed it; the old address is told (by the module that sends mail)
 * once it committed.
 */
public record AccountEmailChanged(long userId, String displayName, String oldEmail, String newEmail,
		Instant changedAt) {

}
