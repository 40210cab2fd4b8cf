package dev.rapport.scoring;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactRanking;

import org.springframework.stereotype.Component;

/**
 * The contact list's depth badges, order and tier filter, read from the stored score
 * states: O(1) per contact, no interaction rows touched.
 */
@Component
class ScoreRanking implements ContactRanking {

	private static final List<TierOption> TIERS = Arrays.stream(Tier.values())
		.map(tier -> new TierOption(tier.name(), labelKeyOf(tier), tier.hasHistory()))
		.toList();

	private final ScoringService scoring;

	ScoreRanking(ScoringService scoring) {
		this.scoring = scoring;
	}

	@Override
	public Map<Long, Badge> badges(Owner owner, Collection<Long> contactIds) {
		Map<Long, ScoreReading> readings = this.scoring.readingsOf(owner.id(), owner.today());
		Map<Long, Badge> badges = new HashMap<>();
		for (long contactId : contactIds) {
			badges.put(contactId, badgeOf(readings.getOrDefault(contactId, ScoreReading.noHistory())));
		}
		return badges;
	}

	@Override
	public List<Long> rankedIds(Owner owner, Optional<String> tier) {
		Optional<Tier> wanted = tier.flatMap(ScoreRanking::tierNamed);
		if (tier.isPresent() && wanted.isEmpty()) {
			return List.of();
		}
		return this.scoring.rankedContactIds(owner.id(), wanted, owner.today());
	}

	@Override
	public List<TierOption> tiers() {
		return TIERS;
	}

	static Badge badgeOf(ScoreReading reading) {
		Double depth = reading.depth();
		return new Badge(reading.tier().name(), labelKeyOf(reading.tier()),
				(depth != null) ? (int) Math.round(depth) : null);
	}

	/**
	 * Tier names are message keys ({@code messages/scoring.properties}); the enum's
	 * English label is for sentences.
	 */
	public static String labelKeyOf(Tier tier) {
		return tier.messageKey();
	}

	private static Optional<Tier> tierNamed(String name) {
		return Arrays.stream(Tier.values()).filter(tier -> tier.name().equals(name)).findFirst();
	}

}
