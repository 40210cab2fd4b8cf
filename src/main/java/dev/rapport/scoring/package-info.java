/**
 * Scoring: how deep each relationship is, from the interactions alone. The pure
 * {@link dev.rapport.scoring.Scorer} follows {@code docs/scoring.md} exactly (depth S,
 * bond B, tiers, the explanation's facts); {@link dev.rapport.scoring.ScoreState} keeps
 * the decayed sums per contact so that a new interaction costs O(1) and a list page reads
 * scores without touching raw rows.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "interaction", "contact", "account", "shared" })
package dev.rapport.scoring;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
