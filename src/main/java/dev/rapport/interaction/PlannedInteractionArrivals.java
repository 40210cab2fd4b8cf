package dev.rapport.interaction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.internal.InteractionRepository;
import dev.rapport.interaction.internal.ParticipantRows;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A planned interaction becomes history on its day without anyone touching it. Every hour
 * (days start at different hours around the world) the contacts of interactions dated
 * around today get their "last interaction" brought up to date in their owner's time
 * zone.
 */
@Component
class PlannedInteractionArrivals {

	private final InteractionRepository interactions;

	private final ParticipantRows participants;

	private final ContactService contacts;

	private final AccountService accounts;

	private final Clock clock;

	PlannedInteractionArrivals(InteractionRepository interactions, ParticipantRows participants,
			ContactService contacts, AccountService accounts, Clock clock) {
		this.interactions = interactions;
		this.participants = participants;
		this.contacts = contacts;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Once per hour across instances: the lock outlives clock skew between them. */
	@Scheduled(cron = "0 5 * * * *")
	@SchedulerLock(name = "planned-interaction-arrivals", lockAtLeastFor = "PT1M")
	void everyHour() {
		refresh(this.clock.instant());
	}

	@Transactional
	void refresh(Instant now) {
		LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Map<Long, ZoneId> zones = new HashMap<>();
		for (Object[] participation : this.interactions.findParticipationsBetween(utcToday.minusDays(1),
				utcToday.plusDays(1))) {
			long ownerId = (Long) participation[0];
			long contactId = (Long) participation[1];
			LocalDate ownersToday = LocalDate.ofInstant(now, zones.computeIfAbsent(ownerId, this.accounts::zoneOf));
			this.contacts.recordLastInteraction(ownerId, contactId,
					this.participants.lastDateOf(ownerId, contactId, ownersToday).orElse(null));
		}
	}

}
