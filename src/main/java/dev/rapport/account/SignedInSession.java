package dev.rapport.account;

import java.time.Instant;

/**
 * One signed-in browser of the current user, as the sessions page shows it.
 * {@code handle} names the session in forms without revealing its id (the id is a
 * credential: whoever has it is signed in).
 */
public record SignedInSession(String handle, String device, String address, Instant signedInAt, Instant lastSeenAt,
		boolean current) {
}
