package dev.rapport.reminders;

import java.time.LocalDate;

/**
 * One week's digest as it is (or would be) sent. {@code quiet} means it holds nothing at
 * all.
 */
public record Digest(LocalDate weekStart, String subject, String text, String html, boolean quiet) {
}
