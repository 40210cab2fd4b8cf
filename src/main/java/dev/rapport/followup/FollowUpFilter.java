package dev.rapport.followup;

/**
 * Which follow-ups to list: of one contact (null means all) and open, done or both.
 */
public record FollowUpFilter(Long contactId, Status status) {

	public enum Status {

		OPEN, DONE, ALL

	}

}
