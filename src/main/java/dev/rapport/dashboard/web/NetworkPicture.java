package dev.rapport.dashboard.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.rapport.scoring.ScoreReading;
import dev.rapport.scoring.Tier;

/**
 * The network by tier as a bar chart the server draws in SVG: the people the user really
 * knows, next to the plain count of contacts with no history yet (imported connections,
 * mostly). Bar lengths are computed here, so the template only places them.
 */
public record NetworkPicture(List<Bar> bars, long known, long noHistory, int height) {

	static final int BAR_AREA = 300;

	static final int ROW_HEIGHT = 28;

	static final int BAR_HEIGHT = 18;

	/** One bar; {@code cssClass} colours it, {@code y} and {@code width} place it. */
	public record Bar(Tier tier, long count, int y, int width, String cssClass) {

		public int textY() {
			return this.y + BAR_HEIGHT - 4;
		}

		public int x() {
			return NetworkPicture.LABEL_WIDTH;
		}

		public int height() {
			return BAR_HEIGHT;
		}

		public int countX() {
			return NetworkPicture.LABEL_WIDTH + this.width + 6;
		}

	}

	static final int LABEL_WIDTH = 120;

	static NetworkPicture of(Collection<ScoreReading> readings, long contactCount) {
		Map<Tier, Long> counts = new EnumMap<>(Tier.class);
		readings.forEach(reading -> counts.merge(reading.tier(), 1L, Long::sum));
		long known = readings.size();
		long noHistory = Math.max(0, contactCount - known);
		counts.put(Tier.NO_HISTORY, noHistory);
		long largest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		int y = 0;
		for (Tier tier : Tier.values()) {
			long count = counts.getOrDefault(tier, 0L);
			int width = (largest == 0 || count == 0) ? 0
					: (int) Math.max(2, Math.round(BAR_AREA * (double) count / largest));
			// A gap before "no history" keeps it apart from the tiers it is contrasted
			// with.
			y += (tier == Tier.NO_HISTORY) ? ROW_HEIGHT / 2 : 0;
			bars.add(new Bar(tier, count, y, width, "tier-bar tier-" + tier.name().toLowerCase().replace('_', '-')));
			y += ROW_HEIGHT;
		}
		return new NetworkPicture(bars, known, noHistory, y);
	}

	public int width() {
		return LABEL_WIDTH + BAR_AREA + 60;
	}

	public boolean isEmpty() {
		return this.known == 0 && this.noHistory == 0;
	}

}
