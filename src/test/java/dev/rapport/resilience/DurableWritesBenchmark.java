package dev.rapport.resilience;

import dev.rapport.support.TestUsers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What durability costs: API writes per second on the default file database, with each
 * commit written and forced to the disk (the default), and as before (H2's 500 ms write
 * delay, no fsync). Run on demand:
 * {@code ./mvnw -B -Pbenchmark test -Dtest=DurableWritesBenchmark}.
 */
@Tag("benchmark")
class DurableWritesBenchmark {

	private static final Duration WARM_UP = Duration.ofSeconds(10);

	private static final Duration MEASURED = Duration.ofSeconds(20);

	private static final int WRITERS = 4;

	@TempDir
	Path workingDirectory;

	@Test
	void writesPerSecondWithAndWithoutDurableCommits() throws Exception {
		double durable = measure("durable", Files.createDirectories(this.workingDirectory.resolve("durable")));
		double delayed = measure("delayed", Files.createDirectories(this.workingDirectory.resolve("delayed")),
				"--spring.datasource.url=jdbc:h2:file:./data/rapport", "--rapport.storage.fsync-commits=false");
		System.out.printf("Durable writes: %.1f writes/s with durable commits, %.1f writes/s with H2's write delay%n",
				durable, delayed);
		assertThat(durable).isPositive();
	}

	private double measure(String label, Path directory, String... arguments) throws Exception {
		try (RapportProcess app = RapportProcess.start(directory, arguments)) {
			ApiClient api = ApiClient.signUpOwner(app.baseUrl(), "bench@example.com", TestUsers.PASSWORD);
			burst(api, WARM_UP);
			long writes = burst(api, MEASURED);
			double perSecond = writes / (double) MEASURED.toSeconds();
			System.out.printf("%s: %d contacts created by %d writers in %d s%n", label, writes, WRITERS,
					MEASURED.toSeconds());
			return perSecond;
		}
	}

	private static long burst(ApiClient api, Duration length) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
		List<Future<Long>> counts = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			counts.add(threads.submit(() -> {
				long written = 0;
				while (running.get()) {
					if (api.post("/api/v1/contacts", "{\"firstName\": \"Bench\", \"lastName\": \"Mark\"}")
						.status() == 201) {
						written++;
					}
				}
				return written;
			}));
		}
		Thread.sleep(length.toMillis());
		running.set(false);
		long total = 0;
		for (Future<Long> count : counts) {
			total += count.get();
		}
		threads.shutdown();
		return total;
	}

}
