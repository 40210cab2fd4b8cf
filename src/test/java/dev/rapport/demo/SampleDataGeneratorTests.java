package dev.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.rapport.demo.SampleDataset.Meeting;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.ScoringProperties;
import dev.rapport.scoring.Tier;
import dev.rapport.support.TestClock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDataGeneratorTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Test
	void generatesTheSameNetworkFromTheSameSeed() {
		assertThat(new SampleDataGenerator(7).generate(60, 0, TODAY))
			.isEqualTo(new SampleDataGenerator(7).generate(60, 0, TODAY));
		assertThat(new SampleDataGenerator(7).generate(60, 0, TODAY))
			.isNotEqualTo(new SampleDataGenerator(8).generate(60, 0, TODAY));
	}

	@Test
	void theSampleCoversEveryTierKindAndDirectionWithPlannedOnesAndConnections() {
		SampleDataset sample = new SampleDataGenerator(SampleDataService.SEED).generate(60, 0, TODAY);

		assertThat(sample.people()).hasSize(60);
		assertThat(sample.interactions()).extracting(Meeting::kind).containsAll(EnumSet.allOf(InteractionKind.class));
		assertThat(sample.interactions()).extracting(Meeting::direction).containsAll(EnumSet.allOf(Direction.class));
		assertThat(sample.interactions()).anySatisfy(meeting -> assertThat(meeting.date()).isAfter(TODAY));
		assertThat(sample.interactions()).anySatisfy(meeting -> assertThat(meeting.people()).hasSizeGreaterThan(1));
		assertThat(sample.followUps()).isNotEmpty();
		assertThat(tiersOf(sample)).containsAll(EnumSet.allOf(Tier.class));
	}

	@Test
	void growsToBenchmarkSize() {
		SampleDataset large = new SampleDataGenerator(1).generate(10_000, 200_000, TODAY);

		assertThat(large.people()).hasSize(10_000);
		assertThat(large.interactions()).hasSizeGreaterThanOrEqualTo(200_000);
	}

	static Set<Tier> tiersOf(SampleDataset sample) {
		Map<Integer, List<ScoredInteraction>> rows = new HashMap<>();
		for (Meeting meeting : sample.interactions()) {
			for (int person : meeting.people()) {
				rows.computeIfAbsent(person, p -> new ArrayList<>())
					.add(new ScoredInteraction(meeting.date(), meeting.kind(), meeting.direction()));
			}
		}
		Scorer scorer = new Scorer(ScoringProperties.defaults());
		Set<Tier> tiers = rows.values()
			.stream()
			.map(history -> scorer.readingOn(history, null, TODAY).tier())
			.collect(Collectors.toSet());
		if (rows.size() < sample.people().size()) {
			tiers.add(Tier.NO_HISTORY);
		}
		return tiers;
	}

}
