package dev.rapport.depth;

import java.util.List;
import java.util.Set;

import dev.rapport.contact.ContactNeeds;
import dev.rapport.depth.IntroductionMatcher.Match;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntroductionMatcherTests {

	@Test
	void normalisesNotesIntoWordsWithoutAccentsPluralsOrCommonWords() {
		assertThat(IntroductionMatcher.words("Looking for a good CLIMBING partner & routes in São Paulo"))
			.containsExactly("climbing", "partner", "route", "sao", "paulo");
		assertThat(IntroductionMatcher.words("Python classes, UX, cities, bus")).containsExactly("python", "class",
				"city", "bus");
		assertThat(IntroductionMatcher.words(null)).isEmpty();
	}

	@Test
	void matchesOnePersonsOfferWithAnothersNeedAndSaysWhichWords() {
		ContactNeeds ana = new ContactNeeds(1, "Ana", null, "climbing routes around Lisbon", List.of());
		ContactNeeds ben = new ContactNeeds(2, "Ben", "a climbing partner in Lisbon", null, List.of());
		ContactNeeds cleo = new ContactNeeds(3, "Cleo", "a flat", "tax advice", List.of());

		assertThat(IntroductionMatcher.suggest(List.of(ana, ben, cleo), Set.of()))
			.containsExactly(new Match(1, 2, List.of("climbing", "lisbon"), null));
	}

	@Test
	void aTagCanMeetANeedWhenNoOfferDoes() {
		ContactNeeds ana = new ContactNeeds(1, "Ana", null, null, List.of("Climbing"));
		ContactNeeds ben = new ContactNeeds(2, "Ben", "someone who knows climbing gyms", null, List.of());

		assertThat(IntroductionMatcher.suggest(List.of(ana, ben), Set.of()))
			.containsExactly(new Match(1, 2, List.of("climbing"), "Climbing"));
	}

	@Test
	void leavesOutPairsAlreadyIntroducedAndNeverMatchesSomeoneWithThemselves() {
		ContactNeeds ana = new ContactNeeds(1, "Ana", "design work", "design reviews", List.of());
		ContactNeeds ben = new ContactNeeds(2, "Ben", "design feedback", null, List.of());

		assertThat(IntroductionMatcher.suggest(List.of(ana, ben), Set.of(Set.of(1L, 2L)))).isEmpty();
		assertThat(IntroductionMatcher.suggest(List.of(ana), Set.of())).isEmpty();
	}

	@Test
	void listsEachPairOnceStrongestMatchFirst() {
		ContactNeeds ana = new ContactNeeds(1, "Ana", "a python mentor", "rust and python", List.of());
		ContactNeeds ben = new ContactNeeds(2, "Ben", "rust python help", "python mentoring", List.of());
		ContactNeeds cleo = new ContactNeeds(3, "Cleo", null, "python", List.of());

		List<Match> matches = IntroductionMatcher.suggest(List.of(ana, ben, cleo), Set.of());

		assertThat(matches).extracting(match -> Set.of(match.helperId(), match.seekerId()))
			.containsExactly(Set.of(1L, 2L), Set.of(1L, 3L), Set.of(2L, 3L));
		assertThat(matches.get(0)).isEqualTo(new Match(1, 2, List.of("rust", "python"), null));
	}

}
