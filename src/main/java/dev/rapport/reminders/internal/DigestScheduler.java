package dev.rapport.reminders.internal;

import java.time.Clock;

import dev.rapport.reminders.DigestService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every minute (and shortly after start, which sends a digest missed while the app
 * was down) whether any user's weekly digest is due. No cron job is needed; several
 * instances may run this at once, as the database decides who sends.
 */
@Component
@ConditionalOnProperty(name = "rapport.reminders.scheduler", havingValue = "true", matchIfMissing = true)
class DigestScheduler {

	private static final Logger logger = LoggerFactory.getLogger(DigestScheduler.class);

	private final DigestService digests;

	private final Clock clock;

	DigestScheduler(DigestService digests, Clock clock) {
		this.digests = digests;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${rapport.reminders.first-check:PT10S}",
			fixedDelayString = "${rapport.reminders.check-every:PT1M}")
	void sendDueDigests() {
		try {
			this.digests.sendDue(this.clock.instant());
		}
		catch (RuntimeException ex) {
			logger.error("Checking for due weekly digests failed; trying again at the next check", ex);
		}
	}

}
