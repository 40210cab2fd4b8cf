package dev.rapport.importing;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.rapport.importing.linkedin.LinkedInCsvMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the import of a LinkedIn export at LinkedIn's cap (30,000 connections): preview,
 * commit, and the preview and commit of importing the same file again. Runs against an H2
 * file database like the app's own, in a 256 MB heap ({@code -Dbenchmark.heap=256m} sets
 * the benchmark profile's {@code -Xmx}).
 * <p>
 * {@code ./mvnw -B -Pbenchmark test -Dtest=LinkedInImportBenchmark -Dbenchmark.heap=256m};
 * figures in docs/benchmarks.md.
 */
class LinkedInImportBenchmark extends ImportBenchmarkSupport {

	static final int CONNECTIONS = 30_000;

	static final int WARM_UPS = 2;

	static final int RUNS = 7;

	static final long BUDGET_MILLIS = 3_000;

	@Autowired
	LinkedInImportService imports;

	@Test
	void importsLinkedInsCapWellWithinThreeSeconds() {
		byte[] file = LinkedInCsvMother.largeExport(30_000, CONNECTIONS).bytes();
		List<long[]> runs = new ArrayList<>();
		for (int i = 0; i < WARM_UPS + RUNS; i++) {
			long[] run = oneRun(file);
			if (i >= WARM_UPS) {
				runs.add(run);
			}
		}
		String[] steps = { "preview (upload + read + match)", "commit", "re-import preview", "re-import commit" };
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"%nLinkedIn import of %,d connections (%,d bytes), %d runs after %d warm-ups, heap max %d MB%n",
				CONNECTIONS, file.length, RUNS, WARM_UPS, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		long[] medians = medians(report, steps, runs);
		long gcMillis = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(gc -> Math.max(0, gc.getCollectionTime()))
			.sum();
		report.append(String.format(Locale.ROOT, "  GC time over the whole test %d ms: %s%n", gcMillis,
				ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(gc -> gc.getName() + " " + gc.getCollectionCount() + "x " + gc.getCollectionTime() + " ms")
					.toList()));
		System.out.println(report);
		for (int step = 0; step < steps.length; step++) {
			assertThat(medians[step]).as(steps[step]).isLessThan(BUDGET_MILLIS);
		}
	}

	/**
	 * One new user importing the file, then importing it again: milliseconds of each
	 * step.
	 */
	private long[] oneRun(byte[] file) {
		long owner = newOwner();
		long[] millis = new long[4];
		ImportPreview preview = timed(millis, 0, () -> this.imports.preview(owner,
				this.imports.stage(owner, "Connections.csv", new ByteArrayInputStream(file))));
		assertThat(preview.created()).isEqualTo(CONNECTIONS);
		ImportSummary first = timed(millis, 1, () -> this.imports.commit(owner, preview.token()));
		assertThat(first.created()).isEqualTo(CONNECTIONS);
		ImportPreview again = timed(millis, 2, () -> this.imports.preview(owner,
				this.imports.stage(owner, "Connections.csv", new ByteArrayInputStream(file))));
		assertThat(again.unchanged()).isEqualTo(CONNECTIONS);
		ImportSummary second = timed(millis, 3, () -> this.imports.commit(owner, again.token()));
		assertThat(second.unchanged()).isEqualTo(CONNECTIONS);
		assertThat(this.contacts.count(owner)).isEqualTo(CONNECTIONS);
		return millis;
	}

	private static <T> T timed(long[] millis, int step, Supplier<T> work) {
		long start = System.nanoTime();
		T result = work.get();
		millis[step] = (System.nanoTime() - start) / 1_000_000;
		return result;
	}

}
