package dev.rapport.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Spring context the suite starts costs seconds and memory on a small machine, so
 * test classes share a few: {@link WebIntegrationTest}, {@code BrowserTest} and the
 * variants listed here. Spring caches a context per distinct
 * {@link MergedContextConfiguration} (annotations, properties, profiles,
 * {@code @DynamicPropertySource} methods, mocked beans...), so this test works out the
 * configuration of every test class without starting anything, groups equal ones and
 * fails when the suite would start more contexts than {@link #BUDGET}. A new variant
 * should first try to fit one of the shared annotations; if it really needs properties of
 * its own, raise the budget with a sentence on why.
 */
class SharedContextsTests {

	/**
	 * Contexts of the tests {@code ./mvnw verify} runs (benchmarks, tagged
	 * {@code benchmark}, are left out): the shared web, server and mail ones, and the
	 * classes that need a database or properties of their own (first run with sign-up
	 * closed, single sign-on, a context path behind a proxy, small upload limits, the
	 * repository slice, the public reminder addresses' web slice).
	 */
	static final int BUDGET = 12;

	@Test
	void theSuiteStartsFewSpringContexts() {
		Map<MergedContextConfiguration, List<String>> contexts = contextsOfTheSuite();
		String listing = contexts.values()
			.stream()
			.map(classes -> classes.size() + ": " + String.join(", ", classes))
			.collect(Collectors.joining("\n"));
		System.out.println(contexts.size() + " Spring contexts for the suite:\n" + listing);
		assertThat(contexts.size()).as("Spring contexts the suite starts, by the classes sharing each:%n%s", listing)
			.isLessThanOrEqualTo(BUDGET);
	}

	static Map<MergedContextConfiguration, List<String>> contextsOfTheSuite() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(BootstrapWith.class, true, true));
		Map<MergedContextConfiguration, List<String>> contexts = new LinkedHashMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.rapport")) {
			Class<?> testClass = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			if (isBenchmark(testClass)) {
				continue;
			}
			MergedContextConfiguration configuration = BootstrapUtils.resolveTestContextBootstrapper(testClass)
				.buildMergedContextConfiguration();
			contexts.computeIfAbsent(configuration, (key) -> new ArrayList<>()).add(testClass.getSimpleName());
		}
		return contexts;
	}

	private static boolean isBenchmark(Class<?> testClass) {
		return MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
			.stream(Tag.class)
			.anyMatch((tag) -> "benchmark".equals(tag.getString("value")));
	}

}
