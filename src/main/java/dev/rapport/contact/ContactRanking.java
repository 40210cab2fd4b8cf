package dev.rapport.contact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rapport.account.Owner;

import org.jspecify.annotations.Nullable;

/**
 * How deep each relationship is, served by another module (scoring) so the contact list
 * can show and sort by it while this module depends on none of them. Without an
 * implementation the list shows no badges and sorts by name.
 */
public interface ContactRanking {

	/**
	 * A badge for each of the given contacts of the owner, as of the owner's today;
	 * contacts without history get the no-history one.
	 */
	Map<Long, Badge> badges(Owner owner, Collection<Long> contactIds);

	/**
	 * The owner's contacts that have a score, deepest first (tier, then score),
	 * optionally only those in one {@link TierOption#code() tier}. Contacts not listed
	 * have no history and sort last. Scores are as of the owner's today.
	 */
	List<Long> rankedIds(Owner owner, Optional<String> tier);

	/** The tiers a list can be filtered by, in list order. */
	List<TierOption> tiers();

	/**
	 * @param tier a {@link TierOption#code() tier code}
	 * @param labelKey the message key of the tier's name
	 * @param score the rounded depth score, null without history (which is not 0)
	 */
	record Badge(String tier, String labelKey, @Nullable Integer score) {

		public boolean hasScore() {
			return this.score != null;
		}

	}

	/**
	 * @param ranked whether contacts in this tier are among {@link #rankedIds}; contacts
	 * in an unranked tier (no history) are the ones missing from it
	 */
	record TierOption(String code, String labelKey, boolean ranked) {
	}

}
