package dev.rapport.importing;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import dev.rapport.importing.backup.BackupWriter;

/**
 * Tells a Rapport backup by its first bytes, before the rest of the upload is read: a
 * backup starts with its {@code "format"} (the restore refuses one that does not), so its
 * own size limit applies from the start.
 */
final class BackupFiles {

	/** How many bytes of an upload are looked at. */
	static final int HEAD = 256;

	private static final Pattern START = Pattern
		.compile("\\A\\uFEFF?\\s*\\{\\s*\"format\"\\s*:\\s*\"" + Pattern.quote(BackupWriter.FORMAT) + "\"");

	private BackupFiles() {
	}

	/**
	 * Whether these first bytes of a file are those of a backup (a file that only starts
	 * like one is refused by the restore, and the preview discards it).
	 */
	static boolean startsLikeABackup(byte[] head) {
		return START.matcher(new String(head, StandardCharsets.UTF_8)).lookingAt();
	}

}
