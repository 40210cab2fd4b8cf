package dev.rapport.depth;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.rapport.scoring.ScoreReading;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;

/**
 * A person as {@link GatheringService} hands them to the {@link GatheringPicker}, built
 * from their rows the way the pages worked before they read stored states: the reading
 * the pure scorer computes from the past rows, the latest past day, whether something is
 * planned, and the distinct past days from the gap window's start on. The picker's own
 * tests pass the default scorer and window; the tests comparing with the app pass the
 * app's.
 */
final class PickerPeople {

	private PickerPeople() {
	}

	static GatheringPicker.Person fromRows(Scorer scorer, LocalDate gapWindowStart, LocalDate today, long id,
			List<ScoredInteraction> rows, LocalDate knownSince, Integer intendedDays, boolean suggestable,
			List<String> tags) {
		List<ScoredInteraction> past = rows.stream().filter(row -> !row.isPlannedOn(today)).toList();
		ScoreReading reading = past.isEmpty() ? ScoreReading.noHistory() : scorer.readingOn(past, knownSince, today);
		LocalDate last = past.stream().map(ScoredInteraction::day).max(Comparator.naturalOrder()).orElse(null);
		List<LocalDate> recentDays = past.stream()
			.map(ScoredInteraction::day)
			.filter(day -> !day.isBefore(gapWindowStart))
			.distinct()
			.sorted()
			.toList();
		return new GatheringPicker.Person(id, reading, last, past.size() < rows.size(), intendedDays, recentDays,
				suggestable, tags);
	}

}
