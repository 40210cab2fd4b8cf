package dev.rapport.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.support.AppDatabaseUrl;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.Tag;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the import benchmarks share: the whole app on a file database like the app's own
 * (in a fresh directory, or at {@code -Dbench.url}), a new user per run, and the table of
 * medians they print. Subclasses share one context.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
abstract class ImportBenchmarkSupport {

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) throws Exception {
		Path directory = Files.createTempDirectory("rapport-benchmark-");
		String url = System.getProperty("bench.url", AppDatabaseUrl.in(directory));
		System.out.println("Benchmark database: " + url);
		registry.add("spring.datasource.url", () -> url);
	}

	/** A new user for one run, so every run imports into an empty account. */
	long newOwner() {
		return TestUsers.signUp(this.accounts, "Bench").id();
	}

	/**
	 * Appends one line per step (median, min, max and every run's milliseconds) and
	 * answers the medians.
	 */
	static long[] medians(StringBuilder report, String[] steps, List<long[]> runs) {
		int width = 0;
		for (String step : steps) {
			width = Math.max(width, step.length());
		}
		long[] medians = new long[steps.length];
		for (int step = 0; step < steps.length; step++) {
			int s = step;
			long[] millis = runs.stream().mapToLong(run -> run[s]).sorted().toArray();
			medians[step] = millis[millis.length / 2];
			// Steps that count megabytes say so; the others are milliseconds.
			String unit = steps[step].contains("MB") ? "MB" : "ms";
			report.append(String.format(Locale.ROOT, "  %-" + width + "s median %5d %s  (min %d, max %d, all %s)%n",
					steps[step], medians[step], unit, millis[0], millis[millis.length - 1], Arrays.toString(millis)));
		}
		return medians;
	}

}
