package dev.rapport.reminders.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import dev.rapport.contact.DateKind;
import dev.rapport.contact.DatedContact;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.ImportantDateView;
import dev.rapport.contact.YearlyDate;
import dev.rapport.followup.FollowUpFilter;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.FollowUpView;
import dev.rapport.interaction.InteractionFilter;
import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InteractionView;
import dev.rapport.contact.ContactRef;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.reconnect.SuggestionView;
import dev.rapport.shared.PublicLinks;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Writes one user's calendar (RFC 5545) with ical4j: important dates as yearly all-day
 * events, open follow-ups on their due day, planned interactions on their day, and This
 * week's list as an all-day event on its Monday. Every event's UID comes from what it
 * shows (a date's id, a follow-up's id, the week), so calendars update events instead of
 * adding copies, and DTSTAMP is fixed per feed, so the same data gives the very same text
 * (and ETag).
 */
@Component
public class CalendarFeedWriter {

	private static final Locale LOCALE = Locale.ENGLISH;

	/** Where year-less dates start recurring: a leap year, so 29 February exists. */
	private static final int YEARLESS_START = 2000;

	private static final int MOST_EVENTS_OF_A_KIND = 1000;

	private final ImportantDateService dates;

	private final FollowUpService followUps;

	private final InteractionService interactions;

	private final ReconnectService reconnect;

	private final MessageSource messages;

	private final PublicLinks links;

	CalendarFeedWriter(ImportantDateService dates, FollowUpService followUps, InteractionService interactions,
			ReconnectService reconnect, MessageSource messages, PublicLinks links) {
		this.dates = dates;
		this.followUps = followUps;
		this.interactions = interactions;
		this.reconnect = reconnect;
		this.messages = messages;
		this.links = links;
	}

	public String write(long ownerId, LocalDate today, Instant stamp) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Rapport//Reminders//EN"));
		calendar.add(new Version(new ParameterList(), "2.0"));
		calendar.add(new CalScale("GREGORIAN"));
		calendar.add(new XProperty("X-WR-CALNAME", "Rapport"));
		for (DatedContact dated : this.dates.everyDate(ownerId)) {
			calendar.add(dateEvent(dated, stamp));
		}
		for (FollowUpView followUp : this.followUps
			.list(ownerId, new FollowUpFilter(null, FollowUpFilter.Status.OPEN), today,
					PageRequest.of(0, MOST_EVENTS_OF_A_KIND))
			.getContent()) {
			calendar.add(followUpEvent(followUp, stamp));
		}
		for (InteractionView planned : this.interactions
			.search(ownerId, new InteractionFilter(null, today.plusDays(1), null), today,
					PageRequest.of(0, MOST_EVENTS_OF_A_KIND))
			.getContent()) {
			calendar.add(interactionEvent(planned, stamp));
		}
		List<SuggestionView> week = this.reconnect.thisWeek(ownerId, today).suggestions();
		if (!week.isEmpty()) {
			calendar.add(weekEvent(ReconnectService.weekStartOf(today), week, stamp));
		}
		StringWriter text = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, text);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("Could not write the calendar", ex);
		}
		return text.toString();
	}

	private VEvent dateEvent(DatedContact dated, Instant stamp) {
		ImportantDateView date = dated.date();
		YearlyDate day = date.date();
		LocalDate start = LocalDate.of(day.hasYear() ? day.year() : YEARLESS_START, day.month(), day.day());
		String summary = (date.kind() == DateKind.BIRTHDAY && date.label() == null)
				? message("feed.birthday", dated.contactName()) : message("feed.date", dated.contactName(),
						(date.label() != null) ? date.label() : message("dates.kind." + date.kind()));
		VEvent event = allDay(start, summary, "date-" + date.id(), stamp, "/contacts/" + date.contactId());
		// 29 February: on the last day of February, so it is remembered on the 28th in
		// other years.
		boolean leapDay = day.month() == 2 && day.day() == 29;
		event.add(new RRule<LocalDate>(leapDay ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY"));
		if (date.remindDaysBefore() > 0) {
			VAlarm alarm = new VAlarm(Period.ofDays(-date.remindDaysBefore()));
			alarm.add(new Action("DISPLAY"));
			alarm.add(new Description(summary));
			event.add(alarm);
		}
		return event;
	}

	private VEvent followUpEvent(FollowUpView followUp, Instant stamp) {
		String summary = message("feed.followUp." + followUp.side(), followUp.title(),
				followUp.contact().displayName());
		return allDay(followUp.dueOn(), summary, "follow-up-" + followUp.id(), stamp,
				"/contacts/" + followUp.contact().id());
	}

	private VEvent interactionEvent(InteractionView planned, Instant stamp) {
		String people = String.join(", ", planned.participants().stream().map(ContactRef::displayName).toList());
		String summary = message("feed.interaction", message("interaction.kind." + planned.kind()), people);
		return allDay(planned.date(), summary, "interaction-" + planned.id(), stamp, "/interactions/" + planned.id());
	}

	private VEvent weekEvent(LocalDate weekStart, List<SuggestionView> week, Instant stamp) {
		List<String> names = week.stream().map(suggestion -> suggestion.contact().displayName()).toList();
		String summary = switch (names.size()) {
			case 1 -> message("feed.week.one", names.get(0));
			case 2 -> message("feed.week.two", names.get(0), names.get(1));
			default -> message("feed.week.many", names.get(0), names.get(1), names.size() - 2);
		};
		return allDay(weekStart, summary, "week-" + weekStart, stamp, "/this-week");
	}

	private VEvent allDay(LocalDate day, String summary, String uid, Instant stamp, String path) {
		VEvent event = new VEvent(day, day.plusDays(1), summary);
		event.replace(new DtStamp(stamp));
		event.add(new Uid(uid + "@rapport"));
		String link = this.links.to(path);
		event.add(new Url(URI.create(link)));
		event.add(new Description(link));
		return event;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LOCALE);
	}

}
