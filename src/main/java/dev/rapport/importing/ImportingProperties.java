package dev.rapport.importing;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the imports. The defaults leave room above LinkedIn's own cap (30,000
 * connections, about 3.4 MB) for files re-saved by a spreadsheet. Keep
 * {@code spring.servlet.multipart.max-file-size} a little above {@code maxFileSize}, so a
 * file just over the limit still reaches the import page and gets its message there.
 *
 * @param maxFileSize the largest upload accepted
 * @param maxRows the most rows (hidden members included) a file may have
 * @param pendingFor how long an uploaded file waits for its commit before it is deleted
 * @param maxPendingPerOwner how many uploads one user may have waiting; their oldest goes
 * first (never another user's)
 * @param maxBackupSize the largest Rapport backup accepted (recognised by its first
 * bytes): it holds a whole account, 44 MB for 10,000 contacts and 200,000 interactions,
 * and is restored as a stream, so it may be larger than any address book
 */
@ConfigurationProperties("rapport.importing")
@Validated
public record ImportingProperties(@NotNull @DefaultValue("20MB") DataSize maxFileSize,
		@Positive @DefaultValue("50000") int maxRows, @NotNull @DefaultValue("1h") Duration pendingFor,
		@Positive @DefaultValue("3") int maxPendingPerOwner, @NotNull @DefaultValue("200MB") DataSize maxBackupSize) {

	/**
	 * The largest upload that may be accepted, a backup or any other file: what may reach
	 * the import before its content is known.
	 */
	public DataSize largestUpload() {
		return (this.maxBackupSize.compareTo(this.maxFileSize) > 0) ? this.maxBackupSize : this.maxFileSize;
	}

}
