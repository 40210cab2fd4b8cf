package dev.rapport.backup;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where H2 backups go and how many are kept.
 *
 * @param enabled whether the nightly backup runs (the on-demand one always works)
 * @param directory the folder backups are written to, created when missing
 * @param keep how many backups to keep; older ones are deleted after each new one
 * @param cron when the nightly backup runs (server time), a Spring cron expression
 */
@ConfigurationProperties("rapport.backup")
@Validated
public record BackupProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("./data/backups") Path directory, @Positive @DefaultValue("7") int keep,
		@NotNull @DefaultValue("0 30 3 * * *") String cron) {
}
