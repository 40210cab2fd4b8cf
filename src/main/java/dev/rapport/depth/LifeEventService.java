package dev.rapport.depth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCompanyImported;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateCommand;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.depth.internal.LifeEvent;
import dev.rapport.depth.internal.LifeEventProposal;
import dev.rapport.depth.internal.LifeEventProposalRepository;
import dev.rapport.depth.internal.LifeEventRepository;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.Side;
import dev.rapport.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Life events of one owner's contacts. Logging one creates its check-in follow-up (and
 * for a loss a gentle note before the first anniversary) in the same transaction, through
 * the follow-up module, so the check-in is an ordinary follow-up the user can snooze,
 * edit or complete.
 */
@Service
@Transactional(readOnly = true)
public class LifeEventService {

	/** Events may be planned (a wedding) up to a year ahead, like interactions. */
	static final int MAX_DAYS_AHEAD = 365;

	static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	private final LifeEventRepository events;

	private final LifeEventProposalRepository proposals;

	private final ContactService contacts;

	private final FollowUpService followUps;

	private final MessageSource messages;

	private final Clock clock;

	private final AccountService accounts;

	private final ImportantDateService dates;

	LifeEventService(LifeEventRepository events, LifeEventProposalRepository proposals, ContactService contacts,
			FollowUpService followUps, MessageSource messages, Clock clock, AccountService accounts,
			ImportantDateService dates) {
		this.accounts = accounts;
		this.dates = dates;
		this.events = events;
		this.proposals = proposals;
		this.contacts = contacts;
		this.followUps = followUps;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when the contact is not the owner's
	 * @throws InvalidLifeEventException for a date out of range or a check-in before the
	 * event
	 */
	@Transactional
	public LifeEventView log(long ownerId, long contactId, LifeEventForm form, LocalDate today) {
		ContactRef contact = contactOf(ownerId, contactId);
		if (form.date().isBefore(EARLIEST_DATE)) {
			throw new InvalidLifeEventException("date", "depth.event.date.tooEarly");
		}
		if (form.date().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			throw new InvalidLifeEventException("date", "depth.event.date.tooFarAhead");
		}
		LocalDate checkInOn = (form.checkInOn() != null) ? form.checkInOn()
				: LifeEventCheckIns.checkInOn(form.kind(), form.date(), today);
		if (checkInOn.isBefore(form.date()) || checkInOn.isAfter(form.date().plusYears(2))) {
			throw new InvalidLifeEventException("checkInOn", "depth.event.checkInOn.invalid");
		}
		String note = (form.note() == null || form.note().isBlank()) ? null : form.note().trim();
		LifeEvent event = new LifeEvent(ownerId, contactId, form.kind(), form.date(), note, this.clock.instant());
		Locale locale = LocaleContextHolder.getLocale();
		long checkIn = this.followUps.create(ownerId, new FollowUpCommand(contactId, null,
				title("depth.event.checkIn." + form.kind(), contact, locale), checkInOn, Side.I_OWE, null));
		Long anniversary = LifeEventCheckIns.anniversaryNoteOn(form.kind(), form.date(), today)
			.map(day -> this.followUps.create(ownerId,
					new FollowUpCommand(contactId, null, title("depth.event.anniversaryNote", contact, locale), day,
							Side.I_OWE, null)))
			.orElse(null);
		event.checkInsCreated(checkIn, anniversary);
		if (form.kind() == LifeEventKind.WEDDING) {
			rememberWeddingAnniversary(ownerId, contactId, form.date(), today, locale);
		}
		return viewOf(this.events.save(event));
	}

	/**
	 * A wedding's day becomes the couple's anniversary among the contact's important
	 * dates (so the weekly email and This week remember it), unless an anniversary on
	 * that day is there already.
	 */
	private void rememberWeddingAnniversary(long ownerId, long contactId, LocalDate weddingDay, LocalDate today,
			Locale locale) {
		boolean known = this.dates.ofContact(ownerId, contactId)
			.stream()
			.anyMatch(date -> date.kind() == DateKind.ANNIVERSARY && date.date().month() == weddingDay.getMonthValue()
					&& date.date().day() == weddingDay.getDayOfMonth());
		if (!known) {
			String label = this.messages.getMessage("depth.event.weddingAnniversary", null, locale);
			this.dates.create(ownerId, contactId,
					new ImportantDateCommand(DateKind.ANNIVERSARY, label, weddingDay.toString(), null, null), today);
		}
	}

	/** The contact's life events, latest first. */
	public List<LifeEventView> ofContact(long ownerId, long contactId) {
		contactOf(ownerId, contactId);
		return this.events.findOfContact(ownerId, contactId).stream().map(LifeEventService::viewOf).toList();
	}

	/**
	 * Deletes the event; the follow-ups it created stay (they may be done or edited
	 * already).
	 */
	@Transactional
	public long delete(long ownerId, long eventId) {
		LifeEvent event = this.events.findByIdAndOwnerId(eventId, ownerId)
			.orElseThrow(() -> new NotFoundException("Life event", eventId));
		this.events.delete(event);
		return event.getContactId();
	}

	/** Changes an import noticed for this contact, newest first. */
	public List<LifeEventProposalView> proposalsOf(long ownerId, long contactId) {
		return this.proposals.findByOwnerIdAndContactIdOrderByIdDesc(ownerId, contactId)
			.stream()
			.map(proposal -> new LifeEventProposalView(proposal.getId(), proposal.getContactId(), proposal.getKind(),
					proposal.getNoticedOn(), proposal.getFromCompany(), proposal.getToCompany()))
			.toList();
	}

	/**
	 * An import saw a contact's company change: instead of letting it pass silently, it
	 * becomes a proposed new job on their page, to log (with its check-in) or dismiss.
	 */
	@EventListener
	@Transactional
	void on(ContactCompanyImported event) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.accounts.zoneOf(event.ownerId())));
		this.proposals.save(new LifeEventProposal(event.ownerId(), event.contactId(), today, event.fromCompany(),
				event.toCompany(), this.clock.instant()));
	}

	/**
	 * Logs the proposed new job on the day it was noticed, with its check-in, takes the
	 * new company (and position) into the contact, and drops the proposal.
	 * @return the contact's id
	 */
	@Transactional
	public long acceptProposal(long ownerId, long proposalId, LocalDate today) {
		LifeEventProposal proposal = proposalOf(ownerId, proposalId);
		String note = this.messages.getMessage("depth.event.proposal.note",
				new Object[] { blank(proposal.getFromCompany()), blank(proposal.getToCompany()) },
				LocaleContextHolder.getLocale());
		log(ownerId, proposal.getContactId(),
				new LifeEventForm(proposal.getKind(), proposal.getNoticedOn(), note, null), today);
		this.contacts.adoptImportedJob(ownerId, proposal.getContactId());
		this.proposals.delete(proposal);
		return proposal.getContactId();
	}

	/**
	 * Takes the new company without logging an event, and drops the proposal; the contact
	 * follows later imports again. @return the contact's id
	 */
	@Transactional
	public long dismissProposal(long ownerId, long proposalId) {
		LifeEventProposal proposal = proposalOf(ownerId, proposalId);
		this.contacts.adoptImportedJob(ownerId, proposal.getContactId());
		this.proposals.delete(proposal);
		return proposal.getContactId();
	}

	private LifeEventProposal proposalOf(long ownerId, long proposalId) {
		return this.proposals.findByIdAndOwnerId(proposalId, ownerId)
			.orElseThrow(() -> new NotFoundException("Proposal", proposalId));
	}

	private static String blank(String text) {
		return (text == null) ? "\u2014" : text;
	}

	private ContactRef contactOf(long ownerId, long contactId) {
		ContactRef contact = this.contacts.refs(ownerId, List.of(contactId)).get(contactId);
		if (contact == null) {
			throw new NotFoundException("Contact", contactId);
		}
		return contact;
	}

	private String title(String key, ContactRef contact, Locale locale) {
		String title = this.messages.getMessage(key, new Object[] { contact.displayName() }, locale);
		return (title.length() <= 200) ? title : title.substring(0, 199) + "\u2026";
	}

	private static LifeEventView viewOf(LifeEvent event) {
		return new LifeEventView(event.getId(), event.getContactId(), event.getKind(), event.getOccurredOn(),
				event.getNote(), event.getFollowUpId(), event.getAnniversaryFollowUpId());
	}

}
