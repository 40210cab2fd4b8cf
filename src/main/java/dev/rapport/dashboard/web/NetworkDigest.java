package dev.rapport.dashboard.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.rapport.contact.ContactService;
import dev.rapport.depth.BreakingBread;
import dev.rapport.depth.BreakingBreadService;
import dev.rapport.depth.GatheringService;
import dev.rapport.scoring.ScoringService;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The two parts of the dashboard that look at the whole network's history: the year's
 * conversations and the gathering worth hosting. Both read every interaction of the owner
 * (the gathering also each person's rhythm), hundreds of milliseconds at 200,000
 * interactions, yet they change only when an interaction or a contact changes, or the day
 * does. So they are kept per owner and reused while the owner's day, score generation
 * (moved by every change of an interaction, on any instance) and contacts' change stamp
 * (moved by every edit of a contact: tags, "don't suggest", rhythm) are those they were
 * computed for; a dashboard then costs the same for 50 contacts as for 10,000
 * ({@code docs/benchmarks.md}). The first dashboard after a change computes them again.
 */
@Component
class NetworkDigest {

	private final BreakingBreadService breakingBread;

	private final GatheringService gatherings;

	private final ScoringService scoring;

	private final Map<Long, Digest> digests = new ConcurrentHashMap<>();

	NetworkDigest(BreakingBreadService breakingBread, GatheringService gatherings, ScoringService scoring) {
		this.breakingBread = breakingBread;
		this.gatherings = gatherings;
		this.scoring = scoring;
	}

	/**
	 * The owner's conversations and first gathering as of {@code today}, given the
	 * contacts' change stamp ({@link ContactService#stampOf}) the caller has read.
	 */
	Digest of(long ownerId, LocalDate today, long contactsStamp) {
		// Read the stamps before the data: a change committed in between only costs a
		// recomputation.
		Key key = new Key(today, this.scoring.generationOf(ownerId), contactsStamp);
		Digest kept = this.digests.get(ownerId);
		if (kept != null && kept.key().equals(key)) {
			return kept;
		}
		Digest digest = new Digest(key, this.breakingBread.conversations(ownerId, today),
				this.gatherings.suggestions(ownerId, today).stream().findFirst().orElse(null));
		this.digests.put(ownerId, digest);
		return digest;
	}

	record Key(LocalDate today, long scoreGeneration, long contactsStamp) {
	}

	/**
	 * What the dashboard shows; {@code gathering} is null when there is none to suggest.
	 */
	record Digest(Key key, BreakingBread.Conversations conversations, GatheringService.@Nullable Suggestion gathering) {
	}

}
