package dev.rapport.contact;

/**
 * Two contacts of one owner that look like the same person; {@code firstId} is the
 * smaller id (the older contact, kept by default when merging).
 */
public record DuplicatePair(long firstId, long secondId, DuplicateReason reason) {

	public DuplicatePair {
		if (firstId >= secondId) {
			throw new IllegalArgumentException("firstId must be the smaller id");
		}
	}

}
