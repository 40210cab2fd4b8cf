package dev.rapport.e2e;

import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.demo.SampleDataService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, with the sample data loaded, on a laptop (1366 px) and on a phone (390
 * px): axe-core finds no serious or critical WCAG 2.2 AA violation, nothing scrolls
 * sideways, and a screenshot of each lands in
 * {@code target/e2e-screenshots/page-<name>-<width>.png} for a person to look at. All
 * problems are collected and reported together, so one run shows every page.
 */
@BrowserTest
class EveryPageTests {

	static final int[][] SCREENS = { { 1366, 900 }, { 390, 844 } };

	static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@Autowired
	AccountService accounts;

	@Autowired
	SampleDataService sampleData;

	@Autowired
	ContactService contacts;

	@Test
	void everyMainPageIsAccessibleAndFitsAPhone(Rapport rapport, Browser browser) {
		long owner = this.accounts.loadUserByUsername(rapport.signUpSomeone()).id();
		// The same sample a new user loads with one click, without waiting on the click.
		this.sampleData.load(owner, WeeklyHabitsJourneyTests.TODAY);
		browser.open("/contacts?sort=DEPTH");
		String contactPage = firstLink(browser, "^/contacts/\\d+$");
		browser.open("/interactions");
		String interactionPage = firstLink(browser, "^/interactions/\\d+$");
		browser.open("/follow-ups");
		String followUpEdit = firstLink(browser, "^/follow-ups/\\d+/edit$");
		// A pair for "Possible duplicates" and the merge pages: the same person twice, by
		// email.
		long dana = this.contacts.create(owner, new ContactCommand("Dana", "Whit", "dana@example.com", null, "Kestrel",
				null, null, null, null, "Met at the climbing gym.", null, null, false, Set.of("climbing"), null));
		long danaAgain = this.contacts.create(owner, new ContactCommand("Dana", "Whitfield", "dana@example.com", null,
				"Kestrel Labs", "Engineer", null, null, null, null, null, null, false, Set.of(), null));

		List<String> problems = new ArrayList<>();
		List<String[]> pages = List.of(new String[] { "dashboard", "/" }, new String[] { "this-week", "/this-week" },
				new String[] { "contacts", "/contacts" }, new String[] { "contact", contactPage },
				new String[] { "contact-form", "/contacts/new" },
				new String[] { "know-these-people", "/contacts?imported=true" },
				new String[] { "interactions", "/interactions" }, new String[] { "interaction", interactionPage },
				new String[] { "log", "/interactions/new" }, new String[] { "follow-ups", "/follow-ups" },
				new String[] { "follow-up-form", "/follow-ups/new" }, new String[] { "follow-up-edit", followUpEdit },
				new String[] { "follow-ups-done", "/follow-ups/done" }, new String[] { "import", "/import" },
				new String[] { "duplicates", "/contacts/duplicates" },
				new String[] { "merge-pick", "/contacts/" + dana + "/merge?q=Dana" },
				new String[] { "merge", "/contacts/" + dana + "/merge?other=" + danaAgain },
				new String[] { "settings", "/settings" }, new String[] { "passkeys", "/settings/passkeys" });
		for (String[] page : pages) {
			check(browser, page[0], page[1], problems);
		}
		// Dark mode follows the system setting: the same checks in dark, and the README's
		// screenshots.
		browser.colorScheme("dark");
		try {
			check(browser, "dashboard-dark", "/", problems);
			check(browser, "contact-dark", contactPage, problems);
			check(browser, "this-week-dark", "/this-week", problems);
			check(browser, "contacts-dark", "/contacts", problems);
		}
		finally {
			browser.colorScheme("light");
		}
		rapport.signOut();
		check(browser, "sign-in", "/login", problems);
		check(browser, "sign-up", "/signup", problems);

		assertThat(problems).as("accessibility and phone-width problems").isEmpty();
	}

	private static void check(Browser browser, String name, String path, List<String> problems) {
		for (int[] screen : SCREENS) {
			browser.viewport(screen[0], screen[1]).open(path);
			String where = name + " (" + path + ") at " + screen[0] + " px";
			long overflow = browser.horizontalOverflow();
			if (overflow > 0) {
				problems.add(where + ": scrolls sideways by " + overflow + " px");
			}
			Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver());
			for (Rule rule : results.getViolations()) {
				if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
					problems.add(where + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
							+ rule.getNodes()
								.stream()
								.limit(3)
								.map(EveryPageTests::describe)
								.collect(Collectors.joining("; ")));
				}
			}
			browser.screenshot("page-" + name + "-" + screen[0]);
		}
		browser.viewport(1366, 900);
	}

	private static String describe(CheckedNode node) {
		String html = node.getHtml();
		return node.getTarget() + " " + (html.length() > 120 ? html.substring(0, 120) + "…" : html);
	}

	private static String firstLink(Browser browser, String pattern) {
		Object path = browser.driver()
			.executeScript("return Array.from(document.querySelectorAll('main a')).map(a => a.pathname)"
					+ ".find(p => new RegExp(arguments[0]).test(p)) || null;", pattern);
		assertThat(path).as("a link matching " + pattern + " on " + browser.path()).isNotNull();
		return (String) path;
	}

}
