package dev.rapport.shared.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start on an embedded database whose directory cannot be written, before
 * anything else starts: H2 would otherwise open the file read-only, the app would look
 * healthy, and every save would fail. {@link DataDirectoryFailureAnalyzer} turns the
 * refusal into one clear message. Registered in {@code META-INF/spring.factories}, since
 * it must run before the context exists.
 */
public class DataDirectoryCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String url = event.getEnvironment().getProperty("spring.datasource.url");
		if (!DurableCommits.isH2FileDatabase(url)) {
			return;
		}
		Path directory = directoryOf(url);
		if (!canWriteIn(directory)) {
			throw new DataDirectoryNotWritableException(directory);
		}
	}

	/** {@code jdbc:h2:file:./data/rapport;WRITE_DELAY=0} lives in {@code ./data}. */
	static Path directoryOf(String url) {
		String location = url.substring("jdbc:h2:".length());
		if (location.startsWith("file:")) {
			location = location.substring("file:".length());
		}
		int settings = location.indexOf(';');
		if (settings >= 0) {
			location = location.substring(0, settings);
		}
		if (location.startsWith("~")) {
			location = System.getProperty("user.home") + location.substring(1);
		}
		Path parent = Path.of(location).toAbsolutePath().normalize().getParent();
		return parent == null ? Path.of(".").toAbsolutePath() : parent;
	}

	/**
	 * Tries for real: permission bits say nothing to root, and nothing about a read-only
	 * mount.
	 */
	static boolean canWriteIn(Path directory) {
		try {
			Files.createDirectories(directory);
			Path probe = Files.createTempFile(directory, ".rapport-write-check", ".tmp");
			Files.delete(probe);
			return true;
		}
		catch (IOException | SecurityException ex) {
			return false;
		}
	}

	static class DataDirectoryNotWritableException extends RuntimeException {

		private final Path directory;

		DataDirectoryNotWritableException(Path directory) {
			super("Rapport cannot write to its data directory " + directory);
			this.directory = directory;
		}

		Path directory() {
			return this.directory;
		}

	}

}
