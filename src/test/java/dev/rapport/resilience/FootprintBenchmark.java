package dev.rapport.resilience;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory a running Rapport takes, as the operating system sees it (resident set size from
 * {@code /proc/<pid>/status}), with 10,000 contacts and 200,000 interactions: the real app as a
 * child process on an H2 file database, idle after start, then after browsing every page a signed-in
 * user can reach (following the links of the pages from the dashboard on) and a small load of four
 * parallel browsers going through the pages again (not the downloads). Once with only
 * {@code -Xmx256m}, as people started it before, once with the settings of {@code jvm.options}. Run on demand ({@code docs/benchmarks.md}):
 * {@code ./mvnw -B -Pbenchmark test -Dtest=FootprintBenchmark}.
 */
@Tag("benchmark")
class FootprintBenchmark {

	static final int CONTACTS = 10_000;

	static final int INTERACTIONS = 200_000;

	static final String EMAIL = "footprint@example.com";

	static final String PASSWORD = "a long enough password";

	/** Visits at most this many addresses of one shape (digits and query values left out) per round. */
	static final int PER_SHAPE = 2;

	static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern STARTED = Pattern.compile("Started RapportApplication in ([0-9.]+) seconds");

	@TempDir
	Path workingDirectory;

	@Test
	void residentMemoryWithALargeNetwork() throws Exception {
		loadNetwork();
		List<String> settings = jvmOptions(Path.of("jvm.options"));
		List<Figures> runs = new ArrayList<>();
		// -Dfootprint.before=false measures only jvm.options (half the time).
		if (Boolean.parseBoolean(System.getProperty("footprint.before", "true"))) {
			runs.add(measure("-Xmx256m only", List.of("-Xmx256m")));
			System.out.println(runs.get(0));
		}
		Figures after = measure("jvm.options", settings);
		runs.add(after);
		System.out.println(after);
		System.out.println("Footprint (" + CONTACTS + " contacts, " + INTERACTIONS + " interactions, "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.runtime.version") + "):");
		System.out.println("jvm.options: " + String.join(" ", settings));
		for (Figures figures : runs) {
			System.out.println(figures);
		}
		assertThat(after.serverErrors()).isZero();
		assertThat(after.pages()).isGreaterThan(20);
	}

	/** The network, written once into the file database both runs then start on. */
	private void loadNetwork() {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RapportApplication.class, LargeSampleLoader.class).run(
				"--spring.datasource.url=jdbc:h2:file:" + this.workingDirectory.resolve("data/rapport").toAbsolutePath()
						+ ";WRITE_DELAY=0",
				"--server.port=0", "--rapport.registration.open=true", "--spring.jmx.enabled=false",
				"--rapport.backup.enabled=false")) {
			AccountPrincipal owner = app.getBean(AccountService.class)
				.signUp(new SignUp("Footprint", EMAIL, PASSWORD, "Europe/Lisbon"));
			long start = System.nanoTime();
			app.getBean(LargeSampleLoader.class).load(owner.id(), CONTACTS, INTERACTIONS, LocalDate.now());
			System.out.printf("Loaded the network in %.1f s%n", (System.nanoTime() - start) / 1e9);
		}
	}

	private Figures measure(String label, List<String> jvmOptions) throws Exception {
		long launched = System.nanoTime();
		try (RapportProcess app = RapportProcess.startWithJvmOptions(this.workingDirectory, jvmOptions)) {
			double answeringAfter = (System.nanoTime() - launched) / 1e9;
			Matcher started = STARTED.matcher(app.output());
			String startedIn = started.find() ? started.group(1) + " s" : "?";
			Thread.sleep(5_000);
			Memory idle = Memory.of(app.pid());
			System.out.println(label + ": answering after " + answeringAfter + " s, idle " + idle);

			HttpClient browser = signedIn(app.baseUrl());
			Browsing round = browseEverything(browser, app.baseUrl());
			Memory browsed = Memory.of(app.pid());
			System.out.println(label + ": browsed " + round.visited().size() + " pages, " + browsed);

			AtomicInteger serverErrors = new AtomicInteger(round.serverErrors());
			ExecutorService browsers = Executors.newFixedThreadPool(4);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int b = 0; b < 4; b++) {
					done.add(browsers.submit(() -> {
						HttpClient another = signedIn(app.baseUrl());
						// The pages, not the downloads of everything (those ran once above).
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
					each.get();
				}
			}
			finally {
				browsers.shutdown();
			}
			Memory loaded = Memory.of(app.pid());
			return new Figures(label, startedIn, answeringAfter, idle, browsed, loaded, round.visited().size(),
					serverErrors.get());
		}
	}

	/**
	 * Every page reachable from the dashboard by links, a few of each shape ({@code /contacts/17}
	 * and {@code /contacts/18} are one shape), downloads included; signing out excluded.
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
			System.out.printf("  %d %s (%d ms)%n", response.statusCode(), page, (System.nanoTime() - start) / 1_000_000);
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
		return path + "?" + Arrays.stream(link.substring(query + 1).split("&"))
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
		Matcher csrf = CSRF.matcher(get(browser, base + "/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.body()).contains("Footprint");
		return browser;
	}

	private static HttpResponse<String> get(HttpClient browser, String url) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The options of an argument file: one or more per line, {@code #} starts a comment. */
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

	/** Resident memory now and at its peak, in MB, from the kernel's view of the process. */
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
			int pages, int serverErrors) {

		@Override
		public String toString() {
			return String.format(
					"%s: started in %s (answering after %.1f s); RSS idle %d MB, after browsing %d pages %d MB, "
							+ "after 4 parallel browsers %d MB (peak %d MB); %d server errors",
					this.label, this.startedIn, this.answeringAfter, this.idle.residentMb(), this.pages,
					this.browsed.residentMb(), this.loaded.residentMb(), this.loaded.peakMb(), this.serverErrors);
		}

	}

}
