package dev.rapport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The H2 file URL the app itself uses (its settings such as {@code WRITE_DELAY=0} and the
 * cache size, read from the main {@code application.properties}), pointed at another
 * folder: benchmarks on a file database measure what an installation runs, not H2's
 * defaults.
 */
public final class AppDatabaseUrl {

	private AppDatabaseUrl() {
	}

	/** {@code jdbc:h2:file:<folder>/rapport;<the app's settings>}. */
	public static String in(Path folder) {
		try {
			Properties app = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
			String url = app.getProperty("spring.datasource.url");
			int settings = url.indexOf(';');
			return "jdbc:h2:file:" + folder.resolve("rapport").toAbsolutePath()
					+ ((settings < 0) ? "" : url.substring(settings));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
