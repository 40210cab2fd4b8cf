package dev.rapport.shared.storage;

import dev.rapport.shared.storage.DataDirectoryCheck.DataDirectoryNotWritableException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says what is wrong with the data directory and what to do, instead of a stack trace.
 */
public class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryNotWritableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryNotWritableException cause) {
		return new FailureAnalysis(
				"Rapport cannot write to its data directory " + cause.directory()
						+ " (read-only, full, or not owned by this user), so nothing could be saved.",
				"Make " + cause.directory() + " writable by the user running Rapport and free some disk space, "
						+ "or point SPRING_DATASOURCE_URL at a writable location.",
				cause);
	}

}
