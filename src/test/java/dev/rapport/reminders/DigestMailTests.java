package dev.rapport.reminders;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.rapport.RapportApplication;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateCommand;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.Side;
import dev.rapport.reminders.internal.DigestStore;
import dev.rapport.support.ContactMother;
import dev.rapport.support.MailServer;
import dev.rapport.support.MailServer.ReceivedMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly digest through a real SMTP server: once per week, at the user's local hour,
 * across a restart, with retries while the mail server is down, and a working "stop these
 * emails".
 */
class DigestMailTests extends MailTestSupport {

	/** The test clock's today (Wednesday 18 November 2026): where dates are entered. */
	static final LocalDate ENTERED_ON = LocalDate.of(2026, 11, 18);

	/** Monday 23 November 2026, 07:00 in Auckland (UTC+13 in summer). */
	static final Instant AUCKLAND_MONDAY_SEVEN = Instant.parse("2026-11-22T18:00:00Z");

	@Autowired
	DigestService digests;

	@Autowired
	DigestStore store;

	@Autowired
	ContactService contacts;

	@Autowired
	ImportantDateService dates;

	@Autowired
	FollowUpService followUps;

	@Test
	void sendsAtSevenOnMondayAucklandTimeExactlyOnceAcrossARestart() {
		AccountPrincipal ana = signUp("Ana", "Pacific/Auckland");
		withBirthday(ana, "Ben", "Okafor", "1986-11-25");
		this.digests.saveSettings(ana.id(), new DigestSettingsCommand(true, DayOfWeek.MONDAY, 7, false));

		this.digests.sendDue(AUCKLAND_MONDAY_SEVEN.minusSeconds(60));
		assertThat(MailServer.to(ana.email())).isEmpty();

		this.digests.sendDue(AUCKLAND_MONDAY_SEVEN.plusSeconds(20));
		this.digests.sendDue(AUCKLAND_MONDAY_SEVEN.plusSeconds(80));
		assertThat(MailServer.to(ana.email())).hasSize(1);

		// A restart in the middle of the send window: a second app on the same database
		// finds the
		// week recorded and sends nothing more.
		try (ConfigurableApplicationContext restarted = startAnotherInstance()) {
			restarted.getBean(DigestService.class).sendDue(AUCKLAND_MONDAY_SEVEN.plusSeconds(140));
		}
		this.digests.sendDue(AUCKLAND_MONDAY_SEVEN.plusSeconds(200));
		assertThat(MailServer.to(ana.email())).hasSize(1);
		assertThat(this.store.week(ana.id(), LocalDate.of(2026, 11, 23)))
			.hasValueSatisfying(send -> assertThat(send.status()).isEqualTo("SENT"));
	}

	@Test
	void sendsADigestMissedWhileTheAppWasDownAtTheNextStartOfTheSameWeek() {
		AccountPrincipal ana = signUp("Ana", "Europe/Lisbon");
		withBirthday(ana, "Ben", "Okafor", "--11-27");
		this.digests.saveSettings(ana.id(), new DigestSettingsCommand(true, DayOfWeek.MONDAY, 7, false));

		// Down from Sunday to Wednesday 25 November: at the next start the week's digest
		// goes out.
		try (ConfigurableApplicationContext restarted = startAnotherInstance()) {
			assertThat(restarted.getBean(DigestService.class).sendDue(Instant.parse("2026-11-25T12:00:00Z")))
				.isPositive();
		}
		assertThat(MailServer.to(ana.email())).hasSize(1);
		this.digests.sendDue(Instant.parse("2026-11-25T12:01:00Z"));
		assertThat(MailServer.to(ana.email())).hasSize(1);
	}

	@Test
	void holdsThePeopleFollowUpsAndDatesWithLinksInBothPartsAndCanBeStoppedInOneClick() {
		AccountPrincipal ana = signUp("Ana", "Europe/Lisbon");
		long ben = withBirthday(ana, "Ben", "Okafor", "1986-11-25");
		this.followUps.create(ana.id(),
				new FollowUpCommand(ben, null, "Send the climbing topo", LocalDate.of(2026, 11, 20), Side.I_OWE, null));

		this.digests.sendNow(ana.id());

		List<ReceivedMail> mails = MailServer.to(ana.email());
		assertThat(mails).hasSize(1);
		ReceivedMail mail = mails.get(0);
		String benLink = "https://rapport.example.org/contacts/" + ben;
		assertThat(mail.subject()).isEqualTo("Your week with Rapport");
		assertThat(mail.text()).contains("Hello Ana,", "Send the climbing topo (Ben Okafor), due Fri 20 Nov",
				"Ben Okafor: Birthday (turns 40), Wed 25 Nov, in 7 days", benLink,
				"https://rapport.example.org/settings/reminders");
		assertThat(mail.html()).contains("Send the climbing topo (Ben Okafor), due Fri 20 Nov",
				"href=\"" + benLink + "\"", "turns 40");
		String unsubscribe = mail.header("List-Unsubscribe");
		assertThat(unsubscribe).startsWith("<https://rapport.example.org/digest/unsubscribe?token=").endsWith(">");
		assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mail.text()).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

		this.digests.saveSettings(ana.id(), new DigestSettingsCommand(true, DayOfWeek.MONDAY, 7, false));
		URI link = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
		// A mail client's one-click unsubscribe: a POST without a session or CSRF token.
		assertThat(this.mvc.post()
			.uri(link.getPath() + "?" + link.getRawQuery())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).hasStatusOk();
		assertThat(this.digests.settings(ana.id()).enabled()).isFalse();
		assertThat(this.mvc.post()
			.uri(link.getPath() + "?token=" + ana.id() + ".forged")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theUnsubscribePageAsksFirstAndWorksWithoutSigningIn() {
		AccountPrincipal ana = signUp("Ana", "Europe/Lisbon");
		this.digests.saveSettings(ana.id(), new DigestSettingsCommand(true, DayOfWeek.MONDAY, 7, false));
		String token = this.digests.preview(ana.id()).text().replaceAll("(?s).*unsubscribe\\?token=(\\S+).*", "$1");

		assertThat(this.mvc.get().uri("/digest/unsubscribe?token={t}", token)).hasStatusOk()
			.bodyText()
			.contains("weekly email?", "Stop these emails");
		assertThat(this.digests.settings(ana.id()).enabled()).isTrue();
		assertThat(this.mvc.post().uri("/digest/unsubscribe").param("token", token).param("confirmed", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("no more weekly emails");
		assertThat(this.digests.settings(ana.id()).enabled()).isFalse();
	}

	@Test
	void retriesWithBackoffWhileTheMailServerIsDownAndNeverSendsTwice() {
		AccountPrincipal ana = signUp("Ana", "Pacific/Auckland");
		withBirthday(ana, "Ben", "Okafor", "--11-25");
		this.digests.saveSettings(ana.id(), new DigestSettingsCommand(true, DayOfWeek.MONDAY, 7, false));
		LocalDate week = LocalDate.of(2026, 11, 23);

		MailServer.stop();
		try {
			this.digests.sendDue(AUCKLAND_MONDAY_SEVEN);
			assertThat(this.store.week(ana.id(), week)).hasValueSatisfying(send -> {
				assertThat(send.status()).isEqualTo("RETRY");
				assertThat(send.attempts()).isEqualTo(1);
			});
			// The first retry waits a minute: nothing is tried before.
			this.digests.sendDue(AUCKLAND_MONDAY_SEVEN.plusSeconds(30));
			assertThat(this.store.attempts(ana.id(), week)).isEqualTo(1);
			this.digests.sendDue(AUCKLAND_MONDAY_SEVEN.plusSeconds(61));
			assertThat(this.store.attempts(ana.id(), week)).isEqualTo(2);
			// The second waits two minutes.
			this.digests.sendDue(AUCKLAND_MONDAY_SEVEN.plusSeconds(61 + 90));
			assertThat(this.store.attempts(ana.id(), week)).isEqualTo(2);
		}
		finally {
			MailServer.start();
		}
		this.digests.sendDue(AUCKLAND_MONDAY_SEVEN.plusSeconds(61 + 121));
		this.digests.sendDue(AUCKLAND_MONDAY_SEVEN.plusSeconds(600));
		assertThat(MailServer.to(ana.email())).hasSize(1);
		assertThat(this.store.week(ana.id(), week)).hasValueSatisfying(send -> {
			assertThat(send.status()).isEqualTo("SENT");
			assertThat(send.attempts()).isEqualTo(3);
		});
	}

	@Test
	void aQuietWeekIsNotSentUnlessTheUserAskedForIt() {
		AccountPrincipal quiet = signUp("Quinn", "Europe/Lisbon");
		AccountPrincipal wantsIt = signUp("Wren", "Europe/Lisbon");
		this.digests.saveSettings(quiet.id(), new DigestSettingsCommand(true, DayOfWeek.MONDAY, 7, false));
		this.digests.saveSettings(wantsIt.id(), new DigestSettingsCommand(true, DayOfWeek.MONDAY, 7, true));

		this.digests.sendDue(Instant.parse("2026-11-23T07:00:00Z"));

		assertThat(MailServer.to(quiet.email())).isEmpty();
		assertThat(this.store.week(quiet.id(), LocalDate.of(2026, 11, 23)))
			.hasValueSatisfying(send -> assertThat(send.status()).isEqualTo("SKIPPED"));
		assertThat(MailServer.to(wantsIt.email())).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("A quiet week with Rapport");
			assertThat(mail.text()).contains("A quiet week");
		});
	}

	private long withBirthday(AccountPrincipal owner, String firstName, String lastName, String birthday) {
		long contact = this.contacts.create(owner.id(), ContactMother.named(firstName, lastName));
		this.dates.create(owner.id(), contact, new ImportantDateCommand(DateKind.BIRTHDAY, null, birthday, null, null),
				ENTERED_ON);
		return contact;
	}

	/**
	 * Another app instance on the same database, as after a restart (or beside this one).
	 */
	private ConfigurableApplicationContext startAnotherInstance() {
		return new SpringApplicationBuilder(RapportApplication.class).profiles("test")
			.properties(Map.of("server.port", "0", "spring.mail.host", "127.0.0.1", "spring.mail.port",
					String.valueOf(MailServer.port()), "rapport.base-url", "https://rapport.example.org"))
			.run();
	}

}
