package dev.rapport.reconnect;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A week's list as it was computed, with what became of each suggestion.
 *
 * @param weekStart the Monday the week starts on, in the owner's time zone
 * @param current true for the owner's current week
 * @param previousWeekStart the latest earlier week with a stored list, if any
 */
public record WeekList(LocalDate weekStart, boolean current, List<SuggestionView> suggestions,
		@Nullable LocalDate previousWeekStart) {

	/** The buckets in the order the page shows them. */
	public List<SuggestionBucket> buckets() {
		return List.of(SuggestionBucket.values());
	}

	public List<SuggestionView> in(SuggestionBucket bucket) {
		return this.suggestions.stream().filter(suggestion -> suggestion.bucket() == bucket).toList();
	}

	public List<SuggestionView> open() {
		return this.suggestions.stream().filter(SuggestionView::open).toList();
	}

	/**
	 * "You reconnected with 4 of 6": suggestions marked done, or done by logging an
	 * interaction.
	 */
	public long reconnected() {
		return this.suggestions.stream().filter(suggestion -> suggestion.status() == SuggestionStatus.DONE).count();
	}

	public boolean isEmpty() {
		return this.suggestions.isEmpty();
	}

}
