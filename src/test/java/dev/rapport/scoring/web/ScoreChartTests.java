package dev.rapport.scoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.rapport.scoring.ScorePoint;
import dev.rapport.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChartTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Test
	void drawsOnlyTheWeeksWithHistoryOnAFixedZeroToHundredScale() {
		ScoreChart chart = ScoreChart.of(List.of(new ScorePoint(TODAY.minusWeeks(2), null),
				new ScorePoint(TODAY.minusWeeks(1), 100.0), new ScorePoint(TODAY, 0.0)));

		assertThat(chart.drawable()).isTrue();
		assertThat(chart.points()).isEqualTo("273.0,8.0 512.0,126.0");
		assertThat(chart.lastXText()).isEqualTo("512.0");
		assertThat(chart.lastYText()).isEqualTo("126.0");
		assertThat(chart.guideY(50)).isEqualTo("67.0");
		assertThat(chart.scale()).extracting(ScoreChart.Tick::label).containsExactly("0", "50", "100");
		assertThat(chart.sparse()).isFalse();
		assertThat(chart.last()).isZero();
		assertThat(chart.lowest()).isZero();
		assertThat(chart.highest()).isEqualTo(100);
	}

	@Test
	void labelsEachMonthWhereItStarts() {
		List<ScorePoint> year = new ArrayList<>();
		for (int week = 52; week >= 0; week--) {
			year.add(new ScorePoint(TODAY.minusWeeks(week), 40.0));
		}
		ScoreChart chart;
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			chart = ScoreChart.of(year);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}

		assertThat(chart.months()).extracting(ScoreChart.Tick::label)
			.containsExactly("Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov");
	}

	@Test
	void saysTheLineGrowsWhenThereIsOnlyOneWeekYet() {
		ScoreChart chart = ScoreChart
			.of(List.of(new ScorePoint(TODAY.minusWeeks(1), null), new ScorePoint(TODAY, 41.0)));

		assertThat(chart.drawable()).isTrue();
		assertThat(chart.sparse()).isTrue();
	}

	@Test
	void drawsNothingWithoutHistory() {
		ScoreChart chart = ScoreChart
			.of(List.of(new ScorePoint(TODAY.minusWeeks(1), null), new ScorePoint(TODAY, null)));

		assertThat(chart.drawable()).isFalse();
		assertThat(chart.points()).isEmpty();
	}

}
