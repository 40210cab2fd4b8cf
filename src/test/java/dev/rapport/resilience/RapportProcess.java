package dev.rapport.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real app as a child process, started the way a self-hoster starts it: its own JVM,
 * working directory and therefore its own {@code ./data} file database. Unlike an
 * in-process context, it can be killed with SIGKILL, which is what a crash or a power cut
 * looks like to the database.
 */
final class RapportProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private final Process process;

	private final Path log;

	final int port;

	private RapportProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * The JVM options of the resilience tests: a heap like a small server's, quick to
	 * start.
	 */
	private static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

	/** Starts the app in {@code workingDirectory} and waits until it answers. */
	static RapportProcess start(Path workingDirectory, String... extraArguments) throws Exception {
		return startWithJvmOptions(workingDirectory, TEST_JVM_OPTIONS, extraArguments);
	}

	/**
	 * Starts the app in its own JVM with these options (heap, collector, ...) and waits
	 * until it answers.
	 */
	static RapportProcess startWithJvmOptions(Path workingDirectory, List<String> jvmOptions, String... extraArguments)
			throws Exception {
		return startWithJvmOptions(workingDirectory, jvmOptions, Map.of(), extraArguments);
	}

	/**
	 * Starts the app in its own JVM with these options and these environment variables
	 * added to the inherited ones (e.g. {@code MALLOC_ARENA_MAX}), and waits until it
	 * answers.
	 */
	static RapportProcess startWithJvmOptions(Path workingDirectory, List<String> jvmOptions,
			Map<String, String> environment, String... extraArguments) throws Exception {
		return startWithJvmOptions(workingDirectory, testClassPath(), jvmOptions, environment, extraArguments);
	}

	/**
	 * As above, on this class path (e.g. only the app's own classes and its runtime
	 * libraries).
	 */
	static RapportProcess startWithJvmOptions(Path workingDirectory, String classPath, List<String> jvmOptions,
			Map<String, String> environment, String... extraArguments) throws Exception {
		int port = freePort();
		Path log = Files.createTempFile(workingDirectory, "rapport-", ".log");
		Process process = launch(workingDirectory, classPath, port, log, jvmOptions, environment, extraArguments);
		RapportProcess app = new RapportProcess(process, log, port);
		app.awaitReady();
		return app;
	}

	/** Starts the app expecting it to refuse to start; answers its exit code. */
	static Finished startExpectingFailure(Path workingDirectory, String... extraArguments) throws Exception {
		Path log = Files.createTempFile("rapport-failed-start-", ".log");
		Process process = launch(workingDirectory, testClassPath(), freePort(), log, TEST_JVM_OPTIONS, Map.of(),
				extraArguments);
		if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new AssertionError("The app did not stop; its output:\n" + Files.readString(log));
		}
		return new Finished(process.exitValue(), Files.readString(log));
	}

	/** The app's own JVM in {@code workingDirectory}, its output going to {@code log}. */
	private static Process launch(Path workingDirectory, String classPath, int port, Path log, List<String> jvmOptions,
			Map<String, String> environment, String... extraArguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classPath, "dev.rapport.RapportApplication", "--server.port=" + port,
				"--spring.jmx.enabled=false", "--spring.main.banner-mode=off"));
		command.addAll(List.of(extraArguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		return builder.start();
	}

	record Finished(int exitCode, String output) {
	}

	/**
	 * The operating system's id of the app's process (to read its memory from
	 * {@code /proc}).
	 */
	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** SIGKILL: no shutdown hook runs, nothing is flushed, exactly like a crash. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	String output() throws IOException {
		return Files.readString(this.log);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private void awaitReady() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new AssertionError("The app stopped while starting; its output:\n" + output());
			}
			try {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() < 500) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		kill();
		throw new AssertionError("The app did not start within " + START_TIMEOUT + "; its output:\n" + output());
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** Surefire runs tests from a manifest-only jar; its class path is the real one. */
	private static String testClassPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return (surefire != null && !surefire.isBlank()) ? surefire : System.getProperty("java.class.path");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
