package dev.rapport.contact;

/**
 * Whose value a merged field takes: the kept contact's, the other one's, or both (free
 * text only).
 */
public enum MergeSide {

	KEPT, OTHER, BOTH

}
