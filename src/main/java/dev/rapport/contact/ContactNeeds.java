package dev.rapport.contact;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one contact is looking for and can help with, in their own short words, with their
 * tags: what introductions are suggested from.
 */
public record ContactNeeds(long id, String displayName, @Nullable String lookingFor, @Nullable String canHelpWith,
		List<String> tags) {
}
