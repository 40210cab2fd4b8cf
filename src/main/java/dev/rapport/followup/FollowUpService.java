package dev.rapport.followup;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
	 * @throws InvalidFollowUpException for a contact or interaction that is not the owner's
	 */
	@Transactional
	public long create(long ownerId, FollowUpForm form) {
		FollowUp followUp = new FollowUp(ownerId, this.clock.instant());
		describe(ownerId, followUp, form);
		return this.followUps.save(followUp).getId();
	}

	@Transactional
	public void update(long ownerId, long followUpId, FollowUpForm form) {
		FollowUp followUp = load(ownerId, followUpId);
		StaleEditException.check("Follow-up", followUpId, form.version(), followUp.getVersion());
		describe(ownerId, followUp, form);
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

	@Transactional
	public void delete(long ownerId, long followUpId) {
		this.followUps.delete(load(ownerId, followUpId));
	}

	public FollowUpView get(long ownerId, long followUpId, LocalDate today) {
		return viewsOf(ownerId, List.of(load(ownerId, followUpId)), today).get(0);
	}

	public FollowUpOverview overview(long ownerId, LocalDate today) {
		LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<FollowUpView> open = viewsOf(ownerId, this.followUps.findOpen(ownerId, PageRequest.of(0, OPEN_SHOWN)),
				today);
		List<FollowUpView> done = viewsOf(ownerId, this.followUps.findDone(ownerId, PageRequest.of(0, DONE_SHOWN)),
				today);
		return new FollowUpOverview(open.stream().filter(FollowUpView::overdue).toList(),
				open.stream().filter(f -> !f.overdue() && !f.dueOn().isAfter(sunday)).toList(),
				open.stream().filter(f -> f.dueOn().isAfter(sunday)).toList(), done);
	}

	/**
	 * The owner's follow-ups, optionally of one contact and only open or only done; open ones first
	 * by due date, then done ones. A contact id that is not the owner's matches nothing.
	 */
	public Page<FollowUpView> list(long ownerId, FollowUpFilter filter, LocalDate today, Pageable pageable) {
		Boolean done = switch (filter.status() == null ? FollowUpFilter.Status.ALL : filter.status()) {
			case OPEN -> false;
			case DONE -> true;
			case ALL -> null;
		};
		Page<FollowUp> page = this.followUps.search(ownerId, filter.contactId(), done, pageable);
		return new PageImpl<>(viewsOf(ownerId, page.getContent(), today), page.getPageable(),
				page.getTotalElements());
	}

	/** Open follow-ups due on or before {@code until} (overdue included), soonest first. */
	public List<FollowUpView> dueBy(long ownerId, LocalDate until, LocalDate today, Pageable pageable) {
		return viewsOf(ownerId, this.followUps.findOpenDueBy(ownerId, until, pageable), today);
	}

	public List<FollowUpView> ofContact(long ownerId, long contactId, LocalDate today) {
		return viewsOf(ownerId, this.followUps.findOfContact(ownerId, contactId), today);
	}

	private void describe(long ownerId, FollowUp followUp, FollowUpForm form) {
		if (!this.contacts.exists(ownerId, form.contactId())) {
			throw new InvalidFollowUpException("contactId", "followup.contact.unknown");
		}
		if (form.interactionId() != null && !this.interactions.exists(ownerId, form.interactionId())) {
			throw new InvalidFollowUpException("interactionId", "followup.interaction.unknown");
		}
		followUp.describe(form.contactId(), form.interactionId(), form.title().trim(), form.dueOn(), form.side());
	}

	private FollowUp load(long ownerId, long followUpId) {
		return this.followUps.findByIdAndOwnerId(followUpId, ownerId)
			.orElseThrow(() -> new NotFoundException("Follow-up", followUpId));
	}

	private List<FollowUpView> viewsOf(long ownerId, List<FollowUp> followUps, LocalDate today) {
		Set<Long> contactIds = new HashSet<>();
		followUps.forEach(followUp -> contactIds.add(followUp.getContactId()));
		Map<Long, ContactRef> names = this.contacts.refs(ownerId, contactIds);
		return followUps.stream()
			.map(f -> new FollowUpView(f.getId(),
					names.getOrDefault(f.getContactId(), new ContactRef(f.getContactId(), "")), f.getInteractionId(),
					f.getTitle(), f.getDueOn(), f.getSide(), f.getCompletedOn(),
					f.getCompletedOn() == null && f.getDueOn().isBefore(today),
					(f.getDueOn().isAfter(today) ? f.getDueOn() : today).plusDays(SNOOZE_DAYS), f.getVersion()))
			.toList();
	}

}
