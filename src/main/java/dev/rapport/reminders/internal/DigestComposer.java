package dev.rapport.reminders.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.UpcomingDate;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.FollowUpView;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.reconnect.SuggestionView;
import dev.rapport.reminders.Digest;
import dev.rapport.shared.PublicLinks;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes one user's digest for the week of a given day: This week's people with their
 * reasons, follow-ups overdue or due by Sunday, and dates coming up in the next 14 days,
 * each with a link into the app, as HTML and as plain text.
 */
@Component
public class DigestComposer {

	static final Locale LOCALE = Locale.ENGLISH;

	private static final int MOST_FOLLOW_UPS = 30;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);

	private final ReconnectService reconnect;

	private final FollowUpService followUps;

	private final ImportantDateService dates;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PublicLinks links;

	DigestComposer(ReconnectService reconnect, FollowUpService followUps, ImportantDateService dates,
			ITemplateEngine templates, MessageSource messages, PublicLinks links) {
		this.reconnect = reconnect;
		this.followUps = followUps;
		this.dates = dates;
		this.templates = templates;
		this.messages = messages;
		this.links = links;
	}

	/** What the digest lists, with absolute links. */
	public record Content(LocalDate weekStart, List<Person> people, List<FollowUp> followUps, List<DateItem> dates) {

		public boolean quiet() {
			return this.people.isEmpty() && this.followUps.isEmpty() && this.dates.isEmpty();
		}

	}

	public record Person(String name, String reason, String link) {
	}

	public record DateItem(String line, String link) {
	}

	public record FollowUp(String title, String contactName, LocalDate dueOn, boolean overdue, String link) {
	}

	public Content contentFor(long ownerId, LocalDate today) {
		LocalDate weekStart = ReconnectService.weekStartOf(today);
		LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<Person> people = this.reconnect.thisWeek(ownerId, today).open().stream().map(this::personOf).toList();
		List<FollowUp> due = this.followUps.dueBy(ownerId, sunday, today, PageRequest.of(0, MOST_FOLLOW_UPS))
			.stream()
			.map(this::followUpOf)
			.toList();
		List<DateItem> upcoming = this.dates.upcoming(ownerId, today, ImportantDateService.COMING_UP_DAYS)
			.stream()
			.map(date -> new DateItem(dateLine(date), this.links.to("/contacts/" + date.contactId())))
			.toList();
		return new Content(weekStart, people, due, upcoming);
	}

	/**
	 * @param unsubscribeLink the signed "stop these emails" link
	 */
	public Digest compose(long ownerId, String displayName, LocalDate today, String unsubscribeLink) {
		Content content = contentFor(ownerId, today);
		String subject = subjectOf(content);
		Context context = new Context(LOCALE,
				Map.of("content", content, "name", displayName, "subject", subject, "links",
						new Links(this.links.to("/"), this.links.to("/this-week"), this.links.to("/follow-ups"),
								this.links.to("/settings/reminders"), unsubscribeLink)));
		String html = this.templates.process("reminders/digest-mail", context);
		return new Digest(content.weekStart(), subject, textOf(content, displayName, unsubscribeLink), html,
				content.quiet());
	}

	public record Links(String home, String thisWeek, String followUps, String settings, String unsubscribe) {
	}

	private Person personOf(SuggestionView suggestion) {
		return new Person(suggestion.contact().displayName(), suggestion.reason(),
				this.links.to("/contacts/" + suggestion.contact().id()));
	}

	private FollowUp followUpOf(FollowUpView followUp) {
		return new FollowUp(followUp.title(), followUp.contact().displayName(), followUp.dueOn(), followUp.overdue(),
				this.links.to("/contacts/" + followUp.contact().id()));
	}

	private String subjectOf(Content content) {
		List<String> names = content.people().stream().map(Person::name).toList();
		return switch (names.size()) {
			case 0 -> message(content.quiet() ? "digest.subject.quiet" : "digest.subject.plain");
			case 1 -> message("digest.subject.one", names.get(0));
			case 2 -> message("digest.subject.two", names.get(0), names.get(1));
			default -> message("digest.subject.many", names.get(0), names.get(1), names.size() - 2);
		};
	}

	private String textOf(Content content, String displayName, String unsubscribeLink) {
		StringBuilder text = new StringBuilder();
		text.append(message("digest.greeting", displayName)).append("\n\n");
		if (content.quiet()) {
			text.append(message("digest.quiet")).append("\n\n");
		}
		if (!content.people().isEmpty()) {
			text.append(message("digest.people")).append('\n');
			for (Person person : content.people()) {
				text.append("- ").append(person.name()).append(": ").append(person.reason()).append('\n');
				text.append("  ").append(person.link()).append('\n');
			}
			text.append(message("digest.people.all", this.links.to("/this-week"))).append("\n\n");
		}
		if (!content.followUps().isEmpty()) {
			text.append(message("digest.followUps")).append('\n');
			for (FollowUp followUp : content.followUps()) {
				text.append("- ")
					.append(message(followUp.overdue() ? "digest.followUp.overdue" : "digest.followUp.due",
							followUp.title(), followUp.contactName(), DAY.format(followUp.dueOn())))
					.append('\n');
				text.append("  ").append(followUp.link()).append('\n');
			}
			text.append('\n');
		}
		if (!content.dates().isEmpty()) {
			text.append(message("digest.dates")).append('\n');
			for (DateItem date : content.dates()) {
				text.append("- ").append(date.line()).append('\n');
				text.append("  ").append(date.link()).append('\n');
			}
			text.append('\n');
		}
		text.append("-- \n")
			.append(message("digest.footer.why", this.links.to("/settings/reminders")))
			.append('\n')
			.append(message("digest.footer.stop", unsubscribeLink))
			.append('\n');
		return text.toString();
	}

	/** "Ana Lima: Birthday (turns 40), Thu 3 Dec, in 15 days" */
	public String dateLine(UpcomingDate date) {
		String what = (date.label() != null) ? date.label() : message("dates.kind." + date.kind());
		String years = (date.years() == null) ? "" : " (" + message("dates.years." + date.kind(), date.years()) + ")";
		return date.contactName() + ": " + what + years + ", " + DAY.format(date.on()) + ", "
				+ message("dates.inDays", date.daysAway());
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LOCALE);
	}

}
