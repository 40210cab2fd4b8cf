package dev.rapport.contact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.rapport.contact.internal.Contact;
import dev.rapport.contact.internal.ContactRepository;
import dev.rapport.contact.internal.ImportantDate;
import dev.rapport.contact.internal.ImportantDateRepository;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Birthdays, anniversaries and other dates of one owner's contacts. A contact has at most
 * one birthday (the contact form edits it too); any number of other dates.
 */
@Service
@Transactional(readOnly = true)
public class ImportantDateService {

	/** How far ahead "coming up" looks on the dashboard and in the weekly email. */
	public static final int COMING_UP_DAYS = 14;

	private final ImportantDateRepository dates;

	private final ContactRepository contacts;

	ImportantDateService(ImportantDateRepository dates, ContactRepository contacts) {
		this.dates = dates;
		this.contacts = contacts;
	}

	/**
	 * @throws NotFoundException when the contact is not the owner's
	 */
	public List<ImportantDateView> ofContact(long ownerId, long contactId) {
		requireContact(ownerId, contactId);
		return this.dates.findByContactIdAndOwnerIdOrderByMonthAscDayAscIdAsc(contactId, ownerId)
			.stream()
			.sorted(Comparator.comparing((ImportantDate date) -> date.getKind() != DateKind.BIRTHDAY))
			.map(ImportantDateService::viewOf)
			.toList();
	}

	public ImportantDateView get(long ownerId, long contactId, long dateId) {
		return viewOf(load(ownerId, contactId, dateId));
	}

	/**
	 * @throws InvalidContactException when the date breaks a rule (a second birthday, a
	 * birthday in the future, another date without a label)
	 */
	@Transactional
	public long create(long ownerId, long contactId, ImportantDateCommand command, LocalDate today) {
		requireContact(ownerId, contactId);
		if (command.kind() == DateKind.BIRTHDAY
				&& this.dates.findFirstByContactIdAndOwnerIdAndKind(contactId, ownerId, DateKind.BIRTHDAY)
					.isPresent()) {
			throw new InvalidContactException("kind", "dates.birthday.taken");
		}
		ImportantDate date = new ImportantDate(ownerId, contactId);
		apply(date, command, today);
		return this.dates.save(date).getId();
	}

	/**
	 * @throws StaleEditException when the date changed since the client read it
	 */
	@Transactional
	public void update(long ownerId, long contactId, long dateId, ImportantDateCommand command, LocalDate today) {
		ImportantDate date = load(ownerId, contactId, dateId);
		StaleEditException.check("Important date", dateId, command.version(), date.getVersion());
		if (command.kind() == DateKind.BIRTHDAY && date.getKind() != DateKind.BIRTHDAY
				&& this.dates.findFirstByContactIdAndOwnerIdAndKind(contactId, ownerId, DateKind.BIRTHDAY)
					.isPresent()) {
			throw new InvalidContactException("kind", "dates.birthday.taken");
		}
		apply(date, command, today);
	}

	@Transactional
	public void delete(long ownerId, long contactId, long dateId) {
		this.dates.delete(load(ownerId, contactId, dateId));
	}

	/**
	 * Sets or (with null) removes a contact's birthday, keeping the label and reminder of
	 * one already there. For the contact form and for importers of address books.
	 * @throws InvalidContactException when the birthday lies after today
	 */
	@Transactional
	public void setBirthday(long ownerId, long contactId, YearlyDate birthday, LocalDate today) {
		requireContact(ownerId, contactId);
		Optional<ImportantDate> existing = this.dates.findFirstByContactIdAndOwnerIdAndKind(contactId, ownerId,
				DateKind.BIRTHDAY);
		if (birthday == null) {
			existing.ifPresent(this.dates::delete);
			return;
		}
		if (birthday.isAfter(today)) {
			throw new InvalidContactException("birthday", "dates.birthday.future");
		}
		if (existing.isPresent()) {
			existing.get().moveTo(birthday);
		}
		else {
			ImportantDate date = new ImportantDate(ownerId, contactId);
			date.change(DateKind.BIRTHDAY, null, birthday, DateKind.BIRTHDAY.defaultRemindDaysBefore());
			this.dates.save(date);
		}
	}

	/** The birthdays of the given contacts of the owner, by contact id. */
	public Map<Long, YearlyDate> birthdays(long ownerId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return this.dates.findByOwnerIdAndContactIdInAndKind(ownerId, contactIds, DateKind.BIRTHDAY)
			.stream()
			.collect(Collectors.toMap(ImportantDate::getContactId, ImportantDate::getDate, (first, second) -> first));
	}

	/**
	 * The dates of active contacts coming round from {@code from} for {@code days} days
	 * (from included), soonest first.
	 */
	public List<UpcomingDate> upcoming(long ownerId, LocalDate from, int days) {
		LocalDate end = from.plusDays(days);
		List<UpcomingDate> upcoming = new ArrayList<>();
		for (Object[] row : this.dates.findActiveWithNames(ownerId)) {
			ImportantDate date = (ImportantDate) row[0];
			Contact contact = (Contact) row[1];
			LocalDate on = date.getDate().nextOnOrAfter(from);
			if (on.isBefore(end)) {
				upcoming.add(new UpcomingDate(date.getId(), date.getContactId(), contact.displayName(), date.getKind(),
						date.getLabel(), date.getDate(), on, ChronoUnit.DAYS.between(from, on),
						date.getDate().yearsOn(on).orElse(null), date.getRemindDaysBefore()));
			}
		}
		upcoming.sort(Comparator.comparing(UpcomingDate::on).thenComparing(UpcomingDate::contactName));
		return upcoming;
	}

	/** Every date of the owner's active contacts, for the calendar feed. */
	public List<DatedContact> everyDate(long ownerId) {
		return this.dates.findActiveWithNames(ownerId)
			.stream()
			.map(row -> new DatedContact(viewOf((ImportantDate) row[0]), ((Contact) row[1]).displayName()))
			.toList();
	}

	private void apply(ImportantDate date, ImportantDateCommand command, LocalDate today) {
		YearlyDate day = YearlyDate.parse(command.date())
			.orElseThrow(() -> new InvalidContactException("date", "dates.date.invalid"));
		String label = (command.label() == null || command.label().isBlank()) ? null : command.label().trim();
		if (command.kind() == DateKind.OTHER && label == null) {
			throw new InvalidContactException("label", "dates.label.required");
		}
		if (command.kind() == DateKind.BIRTHDAY && day.isAfter(today)) {
			throw new InvalidContactException("date", "dates.birthday.future");
		}
		int remind = (command.remindDaysBefore() == null) ? command.kind().defaultRemindDaysBefore()
				: command.remindDaysBefore();
		date.change(command.kind(), label, day, remind);
	}

	private void requireContact(long ownerId, long contactId) {
		if (!this.contacts.existsByIdAndOwnerId(contactId, ownerId)) {
			throw new NotFoundException("Contact", contactId);
		}
	}

	private ImportantDate load(long ownerId, long contactId, long dateId) {
		return this.dates.findByIdAndContactIdAndOwnerId(dateId, contactId, ownerId)
			.orElseThrow(() -> new NotFoundException("Important date", dateId));
	}

	private static ImportantDateView viewOf(ImportantDate date) {
		return new ImportantDateView(date.getId(), date.getContactId(), date.getKind(), date.getLabel(), date.getDate(),
				date.getRemindDaysBefore(), date.getVersion());
	}

}
