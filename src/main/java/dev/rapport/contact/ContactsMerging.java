package dev.rapport.contact;

import java.time.LocalDate;

/**
 * Published inside the merging transaction, after the kept contact took its chosen values
 * and before the other contact is deleted: every module that holds rows pointing at
 * contacts moves the other contact's rows to the kept one here (whatever it leaves behind
 * is deleted with the other contact). A listener that fails rolls the whole merge back.
 *
 * @param today the owner's today, for derived data that depends on it (the last
 * interaction)
 */
public record ContactsMerging(long ownerId, long keptId, long otherId, LocalDate today) {
}
