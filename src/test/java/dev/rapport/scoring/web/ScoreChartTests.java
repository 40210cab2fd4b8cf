package dev.rapport.scoring.web;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.scoring.ScorePoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChartTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

	@Test
	void drawsOnlyTheWeeksWithHistoryOnAFixedZeroToHundredScale() {
		ScoreChart chart = ScoreChart.of(List.of(new ScorePoint(TODAY.minusWeeks(2), null),
				new ScorePoint(TODAY.minusWeeks(1), 100.0), new ScorePoint(TODAY, 0.0)));

		assertThat(chart.drawable()).isTrue();
		assertThat(chart.points()).isEqualTo("260.0,8.0 512.0,112.0");
		assertThat(chart.lastXText()).isEqualTo("512.0");
		assertThat(chart.lastYText()).isEqualTo("112.0");
		assertThat(chart.guideY(50)).isEqualTo("60.0");
		assertThat(chart.last()).isZero();
		assertThat(chart.lowest()).isZero();
		assertThat(chart.highest()).isEqualTo(100);
	}

	@Test
	void drawsNothingWithoutHistory() {
		ScoreChart chart = ScoreChart.of(List.of(new ScorePoint(TODAY.minusWeeks(1), null), new ScorePoint(TODAY, null)));

		assertThat(chart.drawable()).isFalse();
		assertThat(chart.points()).isEmpty();
	}

}
