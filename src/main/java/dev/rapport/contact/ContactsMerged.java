package dev.rapport.contact;

/**
 * Published at the end of the merging transaction, once every row has moved to the kept
 * contact and the other one is deleted: derived data (scores) of the kept contact must be
 * recomputed.
 */
public record ContactsMerged(long ownerId, long keptId, long otherId) {
}
