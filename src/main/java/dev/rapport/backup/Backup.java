package dev.rapport.backup;

import java.time.Instant;

/** One backup file: its name in the backup folder, its size and when it was taken. */
public record Backup(String fileName, long sizeBytes, Instant takenAt) {
}
