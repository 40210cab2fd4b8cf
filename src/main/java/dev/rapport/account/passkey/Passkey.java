package dev.rapport.account.passkey;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A passkey of the signed-in user as the settings page lists it.
 *
 * @param id the credential id (base64url), which names it in the delete form
 * @param label the name the user gave it
 * @param lastUsed when it last signed in, or {@code null} if it never has
 */
public record Passkey(String id, String label, Instant created, @Nullable Instant lastUsed) {
}
