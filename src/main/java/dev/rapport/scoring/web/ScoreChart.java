package dev.rapport.scoring.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.rapport.scoring.ScorePoint;

/**
 * A server-drawn sparkline of the depth score: the SVG's coordinates, computed here so the template
 * only places them, and the figures its accessible description reads out. Scores run 0–100 on a
 * fixed scale, so two charts look alike when the relationships are alike.
 *
 * @param points the polyline's points ("x,y x,y ..."), empty when there is nothing to draw
 */
record ScoreChart(String points, double lastX, double lastY, int last, int highest, int lowest, boolean drawable) {

	static final int WIDTH = 520;

	static final int HEIGHT = 120;

	static final int PAD = 8;

	static ScoreChart of(List<ScorePoint> history) {
		int n = history.size();
		List<double[]> xy = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			Double depth = history.get(i).depth();
			if (depth != null) {
				xy.add(new double[] { x(i, n), y(depth) });
			}
		}
		List<Double> scores = history.stream().map(ScorePoint::depth).filter(Objects::nonNull).toList();
		if (scores.isEmpty()) {
			return new ScoreChart("", 0, 0, 0, 0, 0, false);
		}
		String points = xy.stream()
			.map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]))
			.collect(Collectors.joining(" "));
		double[] lastPoint = xy.get(xy.size() - 1);
		return new ScoreChart(points, lastPoint[0], lastPoint[1], round(scores.get(scores.size() - 1)),
				round(scores.stream().mapToDouble(d -> d).max().orElse(0)),
				round(scores.stream().mapToDouble(d -> d).min().orElse(0)), true);
	}

	/** Where a score of {@code score} sits, for the guide lines at 25, 50 and 75. */
	static double y(double score) {
		return PAD + (100 - score) / 100 * (HEIGHT - 2 * PAD);
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
		return PAD + ((count <= 1) ? 0 : (double) index * (WIDTH - 2 * PAD) / (count - 1));
	}

	private static int round(double score) {
		return (int) Math.round(score);
	}

}
