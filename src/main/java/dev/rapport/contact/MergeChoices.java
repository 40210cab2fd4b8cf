package dev.rapport.contact;

import java.util.EnumMap;
import java.util.Map;

/**
 * The side the user picked for each field; a field without a pick takes the kept
 * contact's value, or the other's where the kept one has none (nothing is lost by not
 * choosing), and free text that differs keeps both.
 */
public record MergeChoices(Map<MergeField, MergeSide> sides) {

	public MergeChoices {
		sides = (sides == null || sides.isEmpty()) ? Map.of() : Map.copyOf(new EnumMap<>(sides));
	}

	public static MergeChoices none() {
		return new MergeChoices(Map.of());
	}

	public MergeSide sideOf(MergeField field) {
		return this.sides.get(field);
	}

}
