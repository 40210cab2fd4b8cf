package dev.rapport.backup;

import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountDeletionService;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.NewAccessToken;
import dev.rapport.demo.LargeSampleLoader;
import dev.rapport.support.AppDatabaseUrl;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.management.GarbageCollectionNotificationInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest account out and back in, within the heap the app runs with: exports
 * the backup of 10,000 contacts and 200,000 interactions over HTTP to a file, restores it
 * into a fresh account through {@code POST /api/v1/imports} (the upload stored in parts,
 * read back, restored in one transaction, the upload's parts deleted), then deletes both
 * accounts. Each step prints its wall time, its garbage collections and the largest heap
 * left after a full collection during it (live data, which does not depend on the
 * machine's load); an {@code OutOfMemoryError} fails the step. Run it with the production
 * settings:
 * <p>
 * {@code ./mvnw -B -Pbenchmark test -Dtest=BackupRestoreBenchmark
 * -Dbenchmark.heap="160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}
 * <p>
 * Figures in docs/benchmarks.md ("A backup restored within the production heap").
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(LargeSampleLoader.class)
class BackupRestoreBenchmark {

	static final int CONTACTS = Integer.getInteger("benchmark.contacts", 10_000);

	static final int INTERACTIONS = Integer.getInteger("benchmark.interactions", 200_000);

	static final String BOUNDARY = "rapport-benchmark-boundary";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	AccountDeletionService deletion;

	@Autowired
	LargeSampleLoader largeSample;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	final LiveHeap liveHeap = new LiveHeap();

	Path backup;

	/**
	 * On a file with the app's own settings, like a real installation: an in-memory
	 * database would fill the heap being measured.
	 */
	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) throws Exception {
		Path directory = Files.createTempDirectory("rapport-benchmark-");
		String url = AppDatabaseUrl.in(directory);
		System.out.println("Benchmark database: " + url);
		registry.add("spring.datasource.url", () -> url);
	}

	@AfterEach
	void deleteTheFile() throws Exception {
		if (this.backup != null) {
			Files.deleteIfExists(this.backup);
		}
	}

	@Test
	void theLargestAccountIsExportedRestoredAndDeletedWithinTheHeap() throws Exception {
		AccountPrincipal original = TestUsers.signUp(this.accounts, "Original");
		this.largeSample.load(original.id(), CONTACTS, INTERACTIONS, LocalDate.of(2026, 11, 18));
		String originalToken = this.tokens.create(original.id(), new NewAccessToken("bench")).token();
		AccountPrincipal fresh = TestUsers.signUp(this.accounts, "Fresh");
		String freshToken = this.tokens.create(fresh.id(), new NewAccessToken("bench")).token();
		this.backup = Files.createTempFile("rapport-backup-", ".json");

		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT,
				"%nBackup of %,d contacts / %,d interactions: export, restore into a fresh account, delete; "
						+ "heap max %d MB, JVM %s, load average %.1f",
				CONTACTS, INTERACTIONS, Runtime.getRuntime().maxMemory() / (1024 * 1024),
				ManagementFactory.getRuntimeMXBean().getInputArguments(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

		report.add(step("export GET /api/v1/export", () -> {
			HttpResponse<InputStream> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/export"))
					.header("Authorization", "Bearer " + originalToken)
					.build(), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			try (InputStream body = response.body()) {
				Files.copy(body, this.backup, StandardCopyOption.REPLACE_EXISTING);
			}
			return String.format(Locale.ROOT, "%,d bytes", Files.size(this.backup));
		}));

		report.add(step("restore POST /api/v1/imports", () -> {
			HttpResponse<String> response = this.http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports"))
				.header("Authorization", "Bearer " + freshToken)
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers.concat(
						HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\n"
								+ "Content-Disposition: form-data; name=\"file\"; filename=\"backup.json\"\r\n"
								+ "Content-Type: application/json\r\n\r\n", StandardCharsets.UTF_8),
						HttpRequest.BodyPublishers.ofFile(this.backup),
						HttpRequest.BodyPublishers.ofString("\r\n--" + BOUNDARY + "--\r\n", StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			assertThat(count("contact", fresh.id())).isEqualTo(count("contact", original.id()));
			assertThat(count("interaction", fresh.id())).isEqualTo(count("interaction", original.id()));
			return response.body();
		}));

		// The upload's content goes after the answer, on a thread of its own.
		long partsDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (count("pending_import_part", fresh.id()) > 0 && System.nanoTime() < partsDeadline) {
			Thread.sleep(50);
		}
		assertThat(count("pending_import_part", fresh.id())).isZero();

		report.add(step("delete the restored account", () -> {
			this.deletion.delete(fresh.id());
			assertThat(count("interaction", fresh.id())).isZero();
			return "";
		}));
		report.add(step("delete the original account", () -> {
			this.deletion.delete(original.id());
			return "";
		}));
		System.out.println(String.join(System.lineSeparator(), report));
	}

	private int count(String table, long ownerId) {
		Integer count = this.jdbc.queryForObject("select count(*) from " + table + " where owner_id = ?", Integer.class,
				ownerId);
		return (count != null) ? count : 0;
	}

	private String step(String name, Step step) throws Exception {
		long collections = collections();
		long collectionMillis = collectionMillis();
		this.liveHeap.reset();
		long start = System.nanoTime();
		String outcome = step.run();
		long millis = (System.nanoTime() - start) / 1_000_000;
		String line = String.format(Locale.ROOT,
				"  %-32s %,7d ms  %4d collections (%,d ms)  live heap (after a full collection) at most %,4d MB  %s",
				name, millis, collections() - collections, collectionMillis() - collectionMillis,
				this.liveHeap.largest() / (1024 * 1024), outcome.length() > 200 ? outcome.substring(0, 200) : outcome);
		System.out.println(line);
		return line;
	}

	private static long collections() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionCount)
			.sum();
	}

	private static long collectionMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	interface Step {

		String run() throws Exception;

	}

	/**
	 * The largest heap in use right after a full collection since {@link #reset}: what
	 * stayed reachable, not what was garbage waiting to be collected.
	 */
	static final class LiveHeap {

		private final AtomicLong largest = new AtomicLong();

		private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());

		LiveHeap() {
			NotificationListener listener = (notification, handback) -> {
				if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					return;
				}
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				// After a young collection the old generation still holds its garbage.
				if (!info.getGcAction().contains("major")) {
					return;
				}
				long used = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter(pool -> this.heapPools.contains(pool.getKey()))
					.mapToLong(pool -> pool.getValue().getUsed())
					.sum();
				this.largest.accumulateAndGet(used, Math::max);
			};
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).addNotificationListener(listener, null, null);
			}
		}

		void reset() {
			this.largest.set(0);
		}

		long largest() {
			return this.largest.get();
		}

	}

}
