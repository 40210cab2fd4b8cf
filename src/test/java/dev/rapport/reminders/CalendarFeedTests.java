package dev.rapport.reminders;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateCommand;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.Side;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestFixtures;
import dev.rapport.support.WebIntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The private calendar feed, fetched as a calendar app does: without signing in, by its
 * secret URL.
 */
@WebIntegrationTest
class CalendarFeedTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ImportantDateService dates;

	@Autowired
	FollowUpService followUps;

	@Autowired
	InteractionService interactions;

	@Autowired
	CalendarFeedService feeds;

	@Test
	void servesDatesFollowUpsAndPlannedInteractionsAsAValidCalendarWithStableUids() throws Exception {
		AccountPrincipal owner = this.fixtures.signUp("Owner");
		long ana = this.fixtures.contact(owner, "Ana", "Lima");
		long birthday = this.dates.create(owner.id(), ana,
				new ImportantDateCommand(DateKind.BIRTHDAY, null, "--12-24", 5, null), TODAY);
		long leapDay = this.dates.create(owner.id(), ana,
				new ImportantDateCommand(DateKind.OTHER, "Name day", "--02-29", 0, null), TODAY);
		long followUp = this.followUps.create(owner.id(),
				new FollowUpCommand(ana, null, "Send the topo", LocalDate.of(2026, 11, 27), Side.I_OWE, null));
		long planned = this.interactions.log(owner.id(), new InteractionCommand(LocalDate.of(2026, 12, 5),
				InteractionKind.COFFEE, Direction.MUTUAL, List.of(ana), "Catch up", null, null), TODAY);
		String path = feedPath(this.feeds.create(owner.id()));

		MvcTestResult first = this.mvc.get().uri(path).exchange();
		assertThat(first).hasStatusOk();
		assertThat(first.getResponse().getContentType()).startsWith("text/calendar");
		String body = first.getResponse().getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		assertThat(calendar.validate().hasErrors()).isFalse();

		VEvent birthdayEvent = event(calendar, "date-" + birthday + "@rapport");
		assertThat(birthdayEvent.getSummary().getValue()).isEqualTo("Ana Lima's birthday");
		assertThat(birthdayEvent.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=YEARLY");
		assertThat(birthdayEvent.getProperty("DTSTART").orElseThrow().toString()).contains("VALUE=DATE", "20001224");
		assertThat(birthdayEvent.getAlarms()).singleElement()
			.satisfies(alarm -> assertThat(alarm.getTrigger().orElseThrow().getValue()).isEqualTo("-P5D"));
		assertThat(event(calendar, "date-" + leapDay + "@rapport").getProperty("RRULE").orElseThrow().getValue())
			.isEqualTo("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
		assertThat(event(calendar, "follow-up-" + followUp + "@rapport").getSummary().getValue())
			.isEqualTo("Follow-up: Send the topo (Ana Lima)");
		assertThat(event(calendar, "interaction-" + planned + "@rapport").getSummary().getValue())
			.isEqualTo("Coffee with Ana Lima");

		// The same data gives the same calendar, so a calendar app's conditional request
		// is a 304.
		MvcTestResult second = this.mvc.get().uri(path).exchange();
		assertThat(second.getResponse().getContentAsString()).isEqualTo(body);
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(this.mvc.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(HttpStatus.NOT_MODIFIED);

		this.dates.delete(owner.id(), ana, leapDay);
		MvcTestResult changed = this.mvc.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(changed).hasStatusOk();
		assertThat(changed.getResponse().getContentAsString()).doesNotContain("Name day")
			.contains("UID:date-" + birthday + "@rapport");
	}

	@Test
	void aWrongRegeneratedOrRevokedSecretIsNotFound() {
		AccountPrincipal owner = this.fixtures.signUp("Owner");
		String first = feedPath(this.feeds.create(owner.id()));
		assertThat(this.mvc.get().uri(first)).hasStatusOk();
		assertThat(this.mvc.get().uri("/calendar/not-the-secret.ics")).hasStatus(HttpStatus.NOT_FOUND);

		String second = feedPath(this.feeds.create(owner.id()));
		assertThat(second).isNotEqualTo(first);
		assertThat(this.mvc.get().uri(first)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(second)).hasStatusOk();

		this.feeds.revoke(owner.id());
		assertThat(this.mvc.get().uri(second)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aFeedNeverHoldsAnotherUsersData() throws Exception {
		AccountPrincipal owner = this.fixtures.signUp("Owner");
		AccountPrincipal other = this.fixtures.signUp("Other");
		long zed = this.fixtures.contact(other, "Zed", "Secret");
		this.dates.create(other.id(), zed, new ImportantDateCommand(DateKind.BIRTHDAY, null, "--11-20", null, null),
				TODAY);
		long ana = this.fixtures.contact(owner, "Ana", "Lima");
		this.dates.create(owner.id(), ana, new ImportantDateCommand(DateKind.BIRTHDAY, null, "--11-21", null, null),
				TODAY);

		String body = this.mvc.get()
			.uri(feedPath(this.feeds.create(owner.id())))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("Ana Lima").doesNotContain("Zed");
	}

	@Test
	void theSettingsPageShowsTheNewAddressOnceAndTurnsTheFeedOff() {
		AccountPrincipal owner = this.fixtures.signUp("Owner");
		MvcTestResult created = this.mvc.post().uri("/settings/reminders/feed").with(as(owner)).with(csrf()).exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String url = (String) created.getMvcResult().getFlashMap().get("feedUrl");
		assertThat(url).startsWith("http://localhost:8080/calendar/").endsWith(".ics");
		assertThat(this.mvc.get().uri(feedPath(url))).hasStatusOk();
		assertThat(this.mvc.get().uri("/settings/reminders").with(as(owner))).hasStatusOk()
			.bodyText()
			.contains("The calendar feed is on.")
			.doesNotContain(url);

		assertThat(this.mvc.post().uri("/settings/reminders/feed/delete").with(as(owner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(feedPath(url))).hasStatus(HttpStatus.NOT_FOUND);
	}

	private static VEvent event(Calendar calendar, String uid) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(event -> event.getUid().orElseThrow().getValue().equals(uid))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event " + uid));
	}

	private static String feedPath(String url) {
		return URI.create(url).getPath();
	}

}
