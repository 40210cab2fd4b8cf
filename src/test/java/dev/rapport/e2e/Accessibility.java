package dev.rapport.e2e;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core's WCAG 2.2 AA rules on the page shown, for journeys that check a state no
 * plain page load reaches.
 */
final class Accessibility {

	private Accessibility() {
	}

	/**
	 * The serious and critical violations on the page shown, one line each (empty when
	 * clean).
	 */
	static List<String> seriousViolations(Browser browser) {
		Results results = new AxeBuilder().withTags(EveryPageTests.WCAG_AA).analyze(browser.driver());
		return results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getImpact() + " " + rule.getId() + " at "
					+ rule.getNodes()
						.stream()
						.limit(3)
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining("; ")))
			.toList();
	}

}
