package dev.rapport.contact;

import java.util.List;

/**
 * Two contacts side by side before merging {@code other} into {@code kept}: each field
 * with both values and what the merge takes unless the user chooses otherwise.
 */
public record MergePreview(ContactDetails kept, ContactDetails other, ContactChannels keptChannels,
		ContactChannels otherChannels, List<FieldValues> fields, List<String> combinedTags) {

	/**
	 * One field of both contacts as text ({@code null} when empty).
	 *
	 * @param choice whether the user must choose: both have a value and they differ
	 * @param suggested the side taken unless the user picks another
	 */
	public record FieldValues(MergeField field, String kept, String other, boolean choice, MergeSide suggested) {
	}

}
