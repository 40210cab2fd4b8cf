package dev.rapport.importing;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the LinkedIn import. The defaults leave room above LinkedIn's own cap (30,000
 * connections, about 3.4 MB) for files re-saved by a spreadsheet. Keep
 * {@code spring.servlet.multipart.max-file-size} a little above {@code maxFileSize}, so a
 * file just over the limit still reaches the import page and gets its message there.
 *
 * @param maxFileSize the largest upload accepted
 * @param maxRows the most rows (hidden members included) a file may have
 * @param pendingFor how long an uploaded file waits for its commit before it is deleted
 * @param maxPendingPerOwner how many uploads one user may have waiting; their oldest goes
 * first (never another user's)
 */
@ConfigurationProperties("rapport.importing")
@Validated
public record ImportingProperties(@NotNull @DefaultValue("20MB") DataSize maxFileSize,
		@Positive @DefaultValue("50000") int maxRows, @NotNull @DefaultValue("1h") Duration pendingFor,
		@Positive @DefaultValue("3") int maxPendingPerOwner) {
}
