package dev.rapport.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.followup.internal.FollowUp;
import dev.rapport.followup.internal.FollowUpRepository;
import dev.rapport.interaction.InteractionService;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.StaleEditException;

import dev.rapport.shared.validation.PlausibleDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One owner's follow-ups. "Today" is always the owner's today, passed in by the caller.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

	static final int OPEN_SHOWN = 500;

	static final int DONE_SHOWN = 20;

	static final int SNOOZE_DAYS = 7;

	/**
	 * "Due soon" everywhere (the dashboard and the follow-ups page): due from today
	 * through this many days ahead, so something due in exactly a week is due soon on
	 * both.
	 */
	public static final int DUE_SOON_DAYS = 7;

	private final FollowUpRepository followUps;

	private final ContactService contacts;

	private final InteractionService interactions;

	private final Clock clock;

	FollowUpService(FollowUpRepository followUps, ContactService contacts, InteractionService interactions,
			Clock clock) {
		this.followUps = followUps;
		this.contacts = contacts;
		this.interactions = interactions;
		this.clock = clock;
	}

	/**
	 * @throws InvalidFollowUpException for a contact or interaction that is not the
	 * owner's
	 */
	@Transactional
	public long create(long ownerId, FollowUpCommand command) {
		FollowUp followUp = new FollowUp(ownerId, this.clock.instant());
		describe(ownerId, followUp, command);
		return this.followUps.save(followUp).getId();
	}

	@Transactional
	public void update(long ownerId, long followUpId, FollowUpCommand command) {
		FollowUp followUp = load(ownerId, followUpId);
		StaleEditException.check("Follow-up", followUpId, command.version(), followUp.getVersion());
		describe(ownerId, followUp, command);
	}

	@Transactional
	public void complete(long ownerId, long followUpId, LocalDate today) {
		load(ownerId, followUpId).complete(today);
	}

	@Transactional
	public void reopen(long ownerId, long followUpId) {
		load(ownerId, followUpId).reopen();
	}

	/**
	 * @throws InvalidFollowUpException when the new date is not after today
	 */
	@Transactional
	public void snooze(long ownerId, long followUpId, LocalDate until, LocalDate today) {
		FollowUp followUp = load(ownerId, followUpId);
		if (until == null || !until.isAfter(today)) {
			throw new InvalidFollowUpException("until", "followup.snooze.future");
		}
		if (until.isAfter(PlausibleDate.LATEST)) {
			throw new InvalidFollowUpException("until", "validation.date.range");
		}
		followUp.snoozeUntil(until);
	}

	/**
	 * Undo for a snooze: the due date it had before, unless the follow-up changed since
	 * the snooze ({@code version} is the one the snooze left).
	 * @throws StaleEditException when it changed since
	 * @throws InvalidFollowUpException for a date out of range
	 */
	@Transactional
	public void unsnooze(long ownerId, long followUpId, LocalDate dueOn, long version) {
		FollowUp followUp = load(ownerId, followUpId);
		StaleEditException.check("Follow-up", followUpId, version, followUp.getVersion());
		if (dueOn == null || dueOn.isAfter(PlausibleDate.LATEST) || dueOn.isBefore(PlausibleDate.EARLIEST)) {
			throw new InvalidFollowUpException("dueOn", "validation.date.range");
		}
		followUp.snoozeUntil(dueOn);
	}

	/**
	 * Undo for a delete: the follow-up again, as a new one with the same fields, done on
	 * the day it was done if it was.
	 * @throws InvalidFollowUpException for a contact or interaction that is not the
	 * owner's (any more)
	 */
	@Transactional
	public long restore(long ownerId, FollowUpCommand command, LocalDate completedOn) {
		long id = create(ownerId, command);
		if (completedOn != null) {
			load(ownerId, id).complete(completedOn);
		}
		return id;
	}

	@Transactional
	public void delete(long ownerId, long followUpId) {
		this.followUps.delete(load(ownerId, followUpId));
	}

	public FollowUpView get(long ownerId, long followUpId, LocalDate today) {
		return viewsOf(ownerId, List.of(load(ownerId, followUpId)), today).get(0);
	}

	public FollowUpOverview overview(long ownerId, LocalDate today) {
		LocalDate soon = dueSoonUntil(today);
		List<FollowUpView> open = viewsOf(ownerId, this.followUps.findOpen(ownerId, PageRequest.of(0, OPEN_SHOWN)),
				today);
		Page<FollowUpView> done = done(ownerId, today, PageRequest.of(0, DONE_SHOWN));
		return new FollowUpOverview(open.stream().filter(FollowUpView::overdue).toList(),
				open.stream().filter(f -> !f.overdue() && !f.dueOn().isAfter(soon)).toList(),
				open.stream().filter(f -> f.dueOn().isAfter(soon)).toList(), done.getContent(),
				done.getTotalElements());
	}

	/**
	 * Open follow-ups that are overdue or due soon, soonest first: the dashboard's list.
	 */
	public List<FollowUpView> dueSoon(long ownerId, LocalDate today, Pageable pageable) {
		return dueBy(ownerId, dueSoonUntil(today), today, pageable);
	}

	/** Done follow-ups, the most recently done first. */
	public Page<FollowUpView> done(long ownerId, LocalDate today, Pageable pageable) {
		Page<FollowUp> page = this.followUps.findDone(ownerId, pageable);
		return new PageImpl<>(viewsOf(ownerId, page.getContent(), today), page.getPageable(), page.getTotalElements());
	}

	static LocalDate dueSoonUntil(LocalDate today) {
		return today.plusDays(DUE_SOON_DAYS);
	}

	/**
	 * The owner's follow-ups, optionally of one contact and only open or only done; open
	 * ones first by due date, then done ones. A contact id that is not the owner's
	 * matches nothing.
	 */
	public Page<FollowUpView> list(long ownerId, FollowUpFilter filter, LocalDate today, Pageable pageable) {
		Boolean done = switch (filter.status() == null ? FollowUpFilter.Status.ALL : filter.status()) {
			case OPEN -> false;
			case DONE -> true;
			case ALL -> null;
		};
		Page<FollowUp> page = this.followUps.search(ownerId, filter.contactId(), done, pageable);
		return new PageImpl<>(viewsOf(ownerId, page.getContent(), today), page.getPageable(), page.getTotalElements());
	}

	/**
	 * Open follow-ups due on or before {@code until} (overdue included), soonest first.
	 */
	public List<FollowUpView> dueBy(long ownerId, LocalDate until, LocalDate today, Pageable pageable) {
		return viewsOf(ownerId, this.followUps.findOpenDueBy(ownerId, until, pageable), today);
	}

	public List<FollowUpView> ofContact(long ownerId, long contactId, LocalDate today) {
		return viewsOf(ownerId, this.followUps.findOfContact(ownerId, contactId), today);
	}

	private void describe(long ownerId, FollowUp followUp, FollowUpCommand command) {
		if (!this.contacts.exists(ownerId, command.contactId())) {
			throw new InvalidFollowUpException("contactId", "followup.contact.unknown");
		}
		if (command.interactionId() != null && !this.interactions.exists(ownerId, command.interactionId())) {
			throw new InvalidFollowUpException("interactionId", "followup.interaction.unknown");
		}
		followUp.describe(command.contactId(), command.interactionId(), command.title().trim(), command.dueOn(),
				command.side());
	}

	private FollowUp load(long ownerId, long followUpId) {
		return this.followUps.findByIdAndOwnerId(followUpId, ownerId)
			.orElseThrow(() -> new NotFoundException("Follow-up", followUpId));
	}

	private List<FollowUpView> viewsOf(long ownerId, List<FollowUp> followUps, LocalDate today) {
		Set<Long> contactIds = new HashSet<>();
		followUps.forEach(followUp -> contactIds.add(followUp.getContactId()));
		Map<Long, ContactRef> names = this.contacts.refs(ownerId, contactIds);
		List<SnoozeOption> presets = SnoozeOption.presets(today);
		return followUps.stream()
			.map(f -> new FollowUpView(f.getId(),
					names.getOrDefault(f.getContactId(), new ContactRef(f.getContactId(), "")), f.getInteractionId(),
					f.getTitle(), f.getDueOn(), f.getSide(), f.getCompletedOn(),
					f.getCompletedOn() == null && f.getDueOn().isBefore(today),
					(f.getDueOn().isAfter(today) ? f.getDueOn() : today).plusDays(SNOOZE_DAYS), presets,
					f.getVersion()))
			.toList();
	}

}
