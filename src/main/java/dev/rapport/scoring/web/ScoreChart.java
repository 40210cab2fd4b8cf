package dev.rapport.scoring.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.rapport.scoring.ScorePoint;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A server-drawn sparkline of the depth score: the SVG's coordinates, computed here so
 * the template only places them, and the figures its accessible description reads out.
 * Scores run 0–100 on a fixed scale, so two charts look alike when the relationships are
 * alike.
 *
 * The chart has a visible scale (0, 50, 100 on the left) and the months along the bottom,
 * so a reader can tell when a relationship warmed up or faded without hovering anything.
 *
 * @param points the polyline's points ("x,y x,y ..."), empty when there is nothing to
 * draw
 * @param months a label where each month starts
 * @param sparse whether there is only one week with a score yet (the line grows as you
 * log)
 */
record ScoreChart(String points, double lastX, double lastY, int last, int highest, int lowest, boolean drawable,
		List<Tick> months, boolean sparse) {

	static final int WIDTH = 520;

	static final int HEIGHT = 150;

	static final int PAD = 8;

	/** Room for the scale's labels on the left. */
	static final int LEFT = 34;

	/** Room for the month labels at the bottom. */
	static final int BOTTOM = 24;

	static final List<Integer> SCALE = List.of(0, 50, 100);

	static ScoreChart of(List<ScorePoint> history) {
		int n = history.size();
		List<double[]> xy = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Double depth = history.get(i).depth();
			if (depth != null) {
				xy.add(new double[] { x(i, n), y(depth) });
			}
		}
		List<Double> scores = history.stream().map(ScorePoint::depth).filter(Objects::nonNull).toList();
		if (scores.isEmpty()) {
			return new ScoreChart("", 0, 0, 0, 0, 0, false, List.of(), false);
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<Tick> months = new ArrayList<>();
		for (int i = 1; i < n; i++) {
			Month month = history.get(i).day().getMonth();
			if (month != history.get(i - 1).day().getMonth()) {
				months.add(new Tick(month.getDisplayName(TextStyle.SHORT, locale), text(x(i, n)), text(HEIGHT - PAD)));
			}
		}
		String points = xy.stream()
			.map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]))
			.collect(Collectors.joining(" "));
		double[] lastPoint = xy.get(xy.size() - 1);
		return new ScoreChart(points, lastPoint[0], lastPoint[1], round(scores.get(scores.size() - 1)),
				round(scores.stream().mapToDouble(d -> d).max().orElse(0)),
				round(scores.stream().mapToDouble(d -> d).min().orElse(0)), true, List.copyOf(months),
				scores.size() < 2);
	}

	/** The scale's labels: 0, 50 and 100 beside their guide lines. */
	public List<Tick> scale() {
		return SCALE.stream()
			.map(score -> new Tick(String.valueOf(score), text(LEFT - 6), text(y(score) + 4)))
			.toList();
	}

	/** Where the plot starts and ends horizontally, for the guide lines. */
	public int plotLeft() {
		return LEFT;
	}

	public int plotRight() {
		return WIDTH - PAD;
	}

	/** Where a score of {@code score} sits, for the guide lines at 25, 50 and 75. */
	static double y(double score) {
		return PAD + (100 - score) / 100 * (HEIGHT - PAD - BOTTOM);
	}

	public String guideY(int score) {
		return String.format(Locale.ROOT, "%.1f", y(score));
	}

	public String lastXText() {
		return String.format(Locale.ROOT, "%.1f", this.lastX);
	}

	public String lastYText() {
		return String.format(Locale.ROOT, "%.1f", this.lastY);
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public int width() {
		return WIDTH;
	}

	private static double x(int index, int count) {
		return LEFT + ((count <= 1) ? 0 : (double) index * (WIDTH - LEFT - PAD) / (count - 1));
	}

	private static String text(double coordinate) {
		return String.format(Locale.ROOT, "%.1f", coordinate);
	}

	/** A label on the chart and where it sits. */
	record Tick(String label, String x, String y) {
	}

	private static int round(double score) {
		return (int) Math.round(score);
	}

}
