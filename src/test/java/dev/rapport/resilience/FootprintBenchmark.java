package dev.rapport.resilience;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.RapportApplication;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.demo.LargeSampleLoader;
import dev.rapport.importing.linkedin.LinkedInCsvMother;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory a running Rapport takes, as the operating system sees it (resident set size
 * from {@code /proc/<pid>/status}), with 10,000 contacts and 200,000 interactions: the
 * real app as a child process on an H2 file database and on its runtime class path only
 * (as installed), idle after start, after browsing every page a signed-in user can reach
 * (following the links of the pages from the dashboard on, the downloads of everything
 * included), after four parallel browsers went through those pages again, and after
 * logging an interaction, importing a LinkedIn export at LinkedIn's cap and downloading
 * everything once more. Once with only {@code -Xmx256m}, as people started it before,
 * once with the recommended settings ({@code jvm.options} and
 * {@code MALLOC_ARENA_MAX=2}); for those it asserts that nothing failed (no 5xx, no
 * failed step, no OutOfMemoryError, the process still running) and that the resident size
 * after browsing is at most 350 MB. Run on demand ({@code docs/benchmarks.md}):
 * {@code ./mvnw -B -Pbenchmark test -Dtest=FootprintBenchmark};
 * {@code -Dfootprint.nmt=true} adds Native Memory Tracking, a GC log and the live heap to
 * the output.
 */
@Tag("benchmark")
class FootprintBenchmark {

	static final int CONTACTS = 10_000;

	static final int INTERACTIONS = 200_000;

	static final String EMAIL = "footprint@example.com";

	static final String PASSWORD = TestUsers.PASSWORD;

	/**
	 * Visits at most this many addresses of one shape (digits and query values left out)
	 * per round.
	 */
	static final int PER_SHAPE = 2;

	static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern STARTED = Pattern.compile("Started RapportApplication in ([0-9.]+) seconds");

	/**
	 * Environment variables of the recommended settings (docs/operations.md): fewer glibc
	 * malloc arenas.
	 */
	static final Map<String, String> RECOMMENDED_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

	/**
	 * The LinkedIn export imported while measuring: LinkedIn's cap, the largest file of
	 * that kind.
	 */
	static final int IMPORTED_CONNECTIONS = 30_000;

	static final List<String> DOWNLOADS = List.of("/settings/data/backup.json", "/settings/data/contacts.vcf",
			"/settings/data/contacts.csv", "/settings/data/interactions.csv");

	@TempDir
	Path temporary;

	@Test
	void residentMemoryWithALargeNetwork() throws Exception {
		Path network = network();
		List<Figures> runs = new ArrayList<>();
		String custom = System.getProperty("footprint.options", "");
		if (!custom.isBlank()) {
			// Trying settings out: -Dfootprint.options="-Xmx128m -XX:+UseSerialGC"
			// -Dfootprint.env=MALLOC_ARENA_MAX=2
			runs.add(measure("custom", network, List.of(custom.trim().split("\\s+")),
					environment(System.getProperty("footprint.env", ""))));
		}
		else {
			// -Dfootprint.before=false measures only the recommended settings (half the
			// time).
			if (Boolean.parseBoolean(System.getProperty("footprint.before", "true"))) {
				runs.add(measure("-Xmx256m only", network, List.of("-Xmx256m"), Map.of()));
			}
			runs.add(measure("recommended", network, jvmOptions(Path.of("jvm.options")), RECOMMENDED_ENVIRONMENT));
		}
		System.out.println("Footprint (" + CONTACTS + " contacts, " + INTERACTIONS + " interactions, "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.runtime.version") + "):");
		System.out.println("jvm.options: " + String.join(" ", jvmOptions(Path.of("jvm.options"))) + ", environment "
				+ RECOMMENDED_ENVIRONMENT);
		for (Figures figures : runs) {
			System.out.println(figures);
		}
		// Safe settings: nothing failed while browsing, logging, importing and exporting,
		// and the
		// process is still there at the end (-XX:+ExitOnOutOfMemoryError would have ended
		// it).
		Figures measured = runs.get(runs.size() - 1);
		assertThat(measured.pages()).isGreaterThan(20);
		assertThat(measured.serverErrors()).as("5xx answers").isZero();
		assertThat(measured.failures()).as("failed steps").isEmpty();
		assertThat(measured.outOfMemory()).as("OutOfMemoryError in the app's log").isFalse();
		assertThat(measured.survived()).as("the app still running at the end").isTrue();
		if (custom.isBlank()) {
			// The goal of issue 15: a 1 GB machine, at most 350 MB resident after
			// browsing every page.
			assertThat(measured.browsed().residentMb()).as("RSS after browsing every page").isLessThanOrEqualTo(350);
		}
	}

	/**
	 * The network, written once into an H2 file database each run then copies (the import
	 * changes it). {@code -Dfootprint.data=<folder>} keeps it between runs of the
	 * benchmark.
	 */
	private Path network() throws IOException {
		String kept = System.getProperty("footprint.data", "");
		Path folder = kept.isBlank() ? this.temporary.resolve("network") : Path.of(kept).toAbsolutePath();
		Path database = folder.resolve("rapport.mv.db");
		if (Files.exists(database)) {
			System.out.println("Reusing the network in " + database);
			return database;
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RapportApplication.class,
				LargeSampleLoader.class)
			.run("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("rapport") + ";WRITE_DELAY=0",
					"--server.port=0", "--rapport.registration.open=true", "--spring.jmx.enabled=false",
					"--rapport.backup.enabled=false")) {
			AccountPrincipal owner = app.getBean(AccountService.class)
				.signUp(new SignUp("Footprint", EMAIL, PASSWORD, "Europe/Lisbon"));
			long start = System.nanoTime();
			app.getBean(LargeSampleLoader.class).load(owner.id(), CONTACTS, INTERACTIONS, LocalDate.now());
			System.out.printf("Loaded the network in %.1f s%n", (System.nanoTime() - start) / 1e9);
		}
		return database;
	}

	private Figures measure(String label, Path network, List<String> settings, Map<String, String> environment)
			throws Exception {
		Path workingDirectory = Files.createDirectories(this.temporary.resolve(label.replaceAll("[^a-z0-9]", "")));
		Files.createDirectories(workingDirectory.resolve("data"));
		Files.copy(network, workingDirectory.resolve("data/rapport.mv.db"));
		boolean nativeMemory = Boolean.parseBoolean(System.getProperty("footprint.nmt", "false"));
		List<String> jvmOptions = new ArrayList<>(settings);
		if (nativeMemory) {
			// Where the memory goes (costs a few MB itself, so not for the recorded
			// figures).
			jvmOptions.add("-XX:NativeMemoryTracking=summary");
			jvmOptions.add("-Xlog:gc:stdout");
		}
		System.out.println(label + ": " + String.join(" ", jvmOptions) + " " + environment);
		long launched = System.nanoTime();
		try (RapportProcess app = RapportProcess.startWithJvmOptions(workingDirectory, runtimeClassPath(), jvmOptions,
				environment, "--rapport.backup.enabled=false")) {
			try {
				return measure(label, app, launched, nativeMemory);
			}
			finally {
				// The child's log outlives the temporary folder, for a failure's cause.
				Path kept = Path.of("target", "footprint-" + label.replaceAll("[^A-Za-z0-9]", "") + ".log");
				Files.writeString(kept, app.output());
				System.out.println(label + ": the app's log is in " + kept.toAbsolutePath());
			}
		}
	}

	private Figures measure(String label, RapportProcess app, long launched, boolean nativeMemory) throws Exception {
		double answeringAfter = (System.nanoTime() - launched) / 1e9;
		String startLoad = Figures.loadAverageNow();
		Matcher started = STARTED.matcher(app.output());
		String startedIn = started.find() ? started.group(1) + " s" : "?";
		Thread.sleep(5_000);
		Memory idle = Memory.of(app.pid());
		System.out.println(label + ": answering after " + answeringAfter + " s, idle " + idle);

		HttpClient browser = signedIn(app.baseUrl());
		Browsing round = browseEverything(browser, app.baseUrl());
		Memory browsed = Memory.of(app.pid());
		System.out.println(label + ": browsed " + round.visited().size() + " pages, " + browsed);
		if (nativeMemory) {
			diagnose(label + " after browsing", app.pid());
		}

		List<String> failures = new ArrayList<>();
		AtomicInteger serverErrors = new AtomicInteger(round.serverErrors());

		// -Dfootprint.parallel=false leaves the four parallel browsers out (quicker,
		// while trying settings).
		boolean parallel = Boolean.parseBoolean(System.getProperty("footprint.parallel", "true"));
		ExecutorService browsers = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int b = 0; b < (parallel ? 4 : 0); b++) {
				done.add(browsers.submit(() -> {
					HttpClient another = signedIn(app.baseUrl());
					// The pages, not the downloads of everything (those ran above).
					for (String page : round.visited()) {
						if (!page.startsWith("/settings/data/")
								&& get(another, app.baseUrl() + page).statusCode() >= 500) {
							serverErrors.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> each : done) {
				try {
					each.get();
				}
				catch (ExecutionException ex) {
					failures.add("a parallel browser: " + ex.getCause());
				}
			}
		}
		finally {
			browsers.shutdown();
		}
		Memory loaded = app.isAlive() ? Memory.of(app.pid()) : new Memory(0, 0);
		System.out.println(label + ": 4 parallel browsers, " + loaded);

		// Then the writes, at the size measured above: after the import there are 40,000
		// contacts.
		if (app.isAlive()) {
			try {
				work(browser, app.baseUrl(), round.visited(), failures, serverErrors);
			}
			catch (AssertionError | IOException ex) {
				// An app that failed earlier (e.g. out of memory) is still measured, and
				// reported.
				failures.add("logging, importing and exporting: " + ex);
			}
		}
		boolean survived = app.isAlive();
		Memory worked = survived ? Memory.of(app.pid()) : new Memory(0, 0);
		System.out.println(label + ": logged, imported " + IMPORTED_CONNECTIONS + " connections, exported; " + worked);
		if (nativeMemory && survived) {
			diagnose(label + " at the end", app.pid());
		}
		boolean outOfMemory = app.output().contains("OutOfMemoryError");
		Figures figures = new Figures(label, startedIn, answeringAfter, idle, browsed, loaded, worked,
				round.visited().size(), serverErrors.get(), failures, outOfMemory, survived, startLoad);
		System.out.println(figures);
		return figures;
	}

	/**
	 * What a user does besides reading: logs an interaction with the first contact
	 * browsed, imports a LinkedIn export at LinkedIn's cap (upload, preview, commit),
	 * then downloads everything again.
	 */
	private void work(HttpClient browser, String base, List<String> visited, List<String> failures,
			AtomicInteger serverErrors) throws Exception {
		String contact = visited.stream()
			.filter(page -> page.matches("/contacts/[0-9]+"))
			.findFirst()
			.orElseThrow()
			.substring("/contacts/".length());
		HttpResponse<String> form = get(browser, base + "/interactions/new?contactId=" + contact);
		HttpResponse<String> logged = postForm(browser, base + "/interactions", csrfOf(form.body()),
				Map.of("participantIds", contact, "kind", "COFFEE", "direction", "MUTUAL", "date",
						LocalDate.now().minusDays(1).toString(), "summary", "Footprint coffee"));
		expect(logged, "/interactions/[0-9]+", "logging an interaction", failures, serverErrors);

		byte[] file = LinkedInCsvMother.largeExport(15, IMPORTED_CONNECTIONS).bytes();
		String csrf = csrfOf(get(browser, base + "/import").body());
		long start = System.nanoTime();
		HttpResponse<String> preview = upload(browser,
				base + "/import?_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8), "Connections.csv", file);
		expect(preview, "/import/[A-Za-z0-9_-]+", "the import's upload and preview", failures, serverErrors);
		if (preview.statusCode() == 200) {
			HttpResponse<String> committed = postForm(browser, base + preview.uri().getPath(), csrfOf(preview.body()),
					Map.of());
			expect(committed, "/import/history/[0-9]+", "the import's commit", failures, serverErrors);
		}
		System.out.printf("  imported %d connections in %d ms%n", IMPORTED_CONNECTIONS,
				(System.nanoTime() - start) / 1_000_000);
		for (String download : DOWNLOADS) {
			long began = System.nanoTime();
			HttpResponse<String> response = get(browser, base + download);
			System.out.printf("  %d %s (%d ms, %d characters)%n", response.statusCode(), download,
					(System.nanoTime() - began) / 1_000_000, response.body().length());
			expect(response, download.replace(".", "\\."), "downloading " + download, failures, serverErrors);
		}
	}

	private static void expect(HttpResponse<String> response, String path, String step, List<String> failures,
			AtomicInteger serverErrors) {
		if (response.statusCode() >= 500) {
			serverErrors.incrementAndGet();
		}
		if (response.statusCode() != 200 || !response.uri().getPath().matches(path)) {
			failures.add(step + ": " + response.statusCode() + " at " + response.uri().getPath());
			System.out.println("FAILED " + step + ": " + response.statusCode() + " at " + response.uri());
		}
	}

	/**
	 * What a self-hoster's JVM loads: the app's classes and its runtime libraries, not
	 * the tests' classes and libraries (JUnit, Selenium, the contract validator...),
	 * which would take class metadata a real installation does not have. The benchmark
	 * profile writes that list ({@code maven-dependency-plugin:build-classpath}, scope
	 * runtime).
	 */
	private static String runtimeClassPath() throws IOException {
		Path libraries = Path.of(System.getProperty("rapport.runtimeClasspath", "target/runtime-classpath.txt"));
		assertThat(libraries).as("the runtime class path (run with -Pbenchmark)").exists();
		return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + Files.readString(libraries).trim();
	}

	/**
	 * Memory as the JVM itself accounts it: Native Memory Tracking's summary and the
	 * heap's use.
	 */
	private static void diagnose(String moment, long pid) throws Exception {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		// The class histogram collects the whole heap first: the heap's use after it is
		// what is alive.
		for (String command : List.of("VM.native_memory summary", "GC.heap_info", "GC.class_histogram",
				"GC.heap_info")) {
			List<String> arguments = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
			arguments.addAll(List.of(command.split(" ")));
			Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			if (command.equals("GC.class_histogram")) {
				output = String.join("\n", output.lines().limit(30).toList());
			}
			System.out.println("=== " + moment + ": jcmd " + command + "\n" + output);
		}
	}

	private static Map<String, String> environment(String pairs) {
		Map<String, String> environment = new HashMap<>();
		for (String pair : pairs.split(",")) {
			if (pair.contains("=")) {
				environment.put(pair.substring(0, pair.indexOf('=')).trim(),
						pair.substring(pair.indexOf('=') + 1).trim());
			}
		}
		return environment;
	}

	/**
	 * Every page reachable from the dashboard by links, a few of each shape
	 * ({@code /contacts/17} and {@code /contacts/18} are one shape), downloads included;
	 * signing out excluded.
	 */
	private Browsing browseEverything(HttpClient browser, String base) throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(queue);
		Map<String, Integer> shapes = new HashMap<>();
		List<String> visited = new ArrayList<>();
		int serverErrors = 0;
		while (!queue.isEmpty()) {
			String page = queue.removeFirst();
			long start = System.nanoTime();
			HttpResponse<String> response = get(browser, base + page);
			visited.add(page);
			System.out.printf("  %d %s (%d ms)%n", response.statusCode(), page,
					(System.nanoTime() - start) / 1_000_000);
			if (response.statusCode() >= 500) {
				serverErrors++;
				System.out.println("5xx: " + page + " " + response.statusCode());
			}
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				continue;
			}
			Matcher links = LINK.matcher(response.body());
			while (links.find()) {
				String link = links.group(1).replace("&amp;", "&");
				if (isStatic(link) || link.startsWith("/logout") || !seen.add(link)) {
					continue;
				}
				if (shapes.merge(shapeOf(link), 1, Integer::sum) <= PER_SHAPE) {
					queue.addLast(link);
				}
			}
		}
		return new Browsing(visited, serverErrors);
	}

	private static boolean isStatic(String link) {
		return link.startsWith("/css/") || link.startsWith("/js/") || link.startsWith("/webjars/")
				|| link.startsWith("/images/") || link.startsWith("/icons/") || link.startsWith("/favicon")
				|| link.startsWith("/manifest") || link.startsWith("/sw.js");
	}

	private static String shapeOf(String link) {
		int query = link.indexOf('?');
		String path = (query < 0 ? link : link.substring(0, query)).replaceAll("[0-9]+", "#");
		if (query < 0) {
			return path;
		}
		return path + "?"
				+ Arrays.stream(link.substring(query + 1).split("&"))
					.map(pair -> pair.split("=", 2)[0])
					.sorted()
					.reduce((a, b) -> a + "&" + b)
					.orElse("");
	}

	private static HttpClient signedIn(String base) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String form = "username=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrfOf(get(browser, base + "/login").body()), StandardCharsets.UTF_8);
		HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.body()).contains("Footprint");
		return browser;
	}

	private static String csrfOf(String page) {
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
		return csrf.group(1);
	}

	private static HttpResponse<String> postForm(HttpClient browser, String url, String csrf,
			Map<String, String> fields) throws IOException, InterruptedException {
		StringBuilder form = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		fields.forEach((name, value) -> form.append('&')
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return browser.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A browser's multipart upload of one file in the field {@code file}. */
	private static HttpResponse<String> upload(HttpClient browser, String url, String fileName, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "footprint" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return browser.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(HttpClient browser, String url) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The options of an argument file: one or more per line, {@code #} starts a comment.
	 */
	static List<String> jvmOptions(Path file) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.map(line -> line.replaceFirst("#.*", "").trim())
			.filter(line -> !line.isEmpty())
			.flatMap(line -> Arrays.stream(line.split("\\s+")))
			.toList();
	}

	record Browsing(List<String> visited, int serverErrors) {
	}

	/**
	 * Resident memory now and at its peak, in MB, from the kernel's view of the process.
	 */
	record Memory(long residentMb, long peakMb) {

		static Memory of(long pid) throws IOException {
			long resident = 0;
			long peak = 0;
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					resident = kilobytes(line) / 1024;
				}
				else if (line.startsWith("VmHWM:")) {
					peak = kilobytes(line) / 1024;
				}
			}
			return new Memory(resident, peak);
		}

		private static long kilobytes(String line) {
			return Long.parseLong(line.replaceAll("[^0-9]", ""));
		}

	}

	record Figures(String label, String startedIn, double answeringAfter, Memory idle, Memory browsed, Memory loaded,
			Memory worked, int pages, int serverErrors, List<String> failures, boolean outOfMemory, boolean survived,
			String loadAverage) {

		@Override
		public String toString() {
			return String.format(
					"%s: started in %s (answering after %.1f s, load average %s); RSS idle %d MB, after browsing %d pages %d MB, "
							+ "after 4 parallel browsers %d MB, after logging, an import and the exports %d MB (peak %d MB); "
							+ "%d server errors, failed steps %s, OutOfMemoryError %s, running at the end %s",
					this.label, this.startedIn, this.answeringAfter, this.loadAverage, this.idle.residentMb(),
					this.pages, this.browsed.residentMb(), this.loaded.residentMb(), this.worked.residentMb(),
					this.worked.peakMb(), this.serverErrors, this.failures, this.outOfMemory, this.survived);
		}

		static String loadAverageNow() {
			try {
				return Files.readString(Path.of("/proc/loadavg")).trim();
			}
			catch (IOException ex) {
				return "?";
			}
		}

	}

}
