package dev.rapport.contract;

import dev.rapport.support.WebIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * For every operation of the live document: every status code the tests observed is
 * documented, and every documented code was observed in some test. Runs after every other
 * test class of the JVM (it reads what {@link ApiContract} recorded), so it needs the
 * whole suite: with {@code -Dtest=...} selecting only some classes, it is skipped.
 */
@WebIntegrationTest
@Order(Integer.MAX_VALUE)
class DocumentedStatusCodesTests {

	/**
	 * Answers that only a race between two requests gives, so no test can count on seeing
	 * them: {@code ConcurrentImportApiTests} provokes the race, and the answer is checked
	 * against the document whenever it comes.
	 */
	private static final Set<String> ONLY_IN_A_RACE = Set.of("POST /api/v1/imports/linkedin documents 409",
			"POST /api/v1/imports documents 409");

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyObservedCodeIsDocumentedAndEveryDocumentedCodeIsObserved() throws Exception {
		String selected = System.getProperty("rapport.selectedTests", "");
		assumeTrue(selected.isBlank() || selected.startsWith("${"),
				"compares the codes of the whole suite; skipped when only some tests run (-Dtest=" + selected + ")");
		ApiContract contract = ApiContract
			.of(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
		Map<String, Set<Integer>> observed = ApiContract.observed();

		List<String> undocumented = new ArrayList<>();
		List<String> neverObserved = new ArrayList<>();
		contract.documented().forEach((path, methods) -> methods.forEach((method, codes) -> {
			String operation = method + " " + path;
			Set<Integer> seen = observed.getOrDefault(operation, Set.of());
			for (Integer code : seen) {
				if (!codes.contains(Integer.toString(code))) {
					undocumented.add(operation + " answered " + code);
				}
			}
			Set<String> missing = new TreeSet<>(codes);
			seen.forEach(code -> missing.remove(Integer.toString(code)));
			missing.stream()
				.map(code -> operation + " documents " + code)
				.filter(documented -> !ONLY_IN_A_RACE.contains(documented))
				.forEach(neverObserved::add);
		}));

		assertThat(undocumented).as("codes the tests saw that the document does not list").isEmpty();
		assertThat(neverObserved).as("documented codes no test ever saw (add a test, or drop the code)").isEmpty();
	}

}
