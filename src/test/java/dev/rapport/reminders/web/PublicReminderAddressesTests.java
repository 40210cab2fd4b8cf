package dev.rapport.reminders.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.rapport.account.CurrentUser;
import dev.rapport.reminders.CalendarFeedService;
import dev.rapport.reminders.CalendarFeedService.Feed;
import dev.rapport.reminders.DigestService;
import dev.rapport.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * The two reminder addresses that work without signing in, on the web layer alone (a
 * {@code @WebMvcTest} slice with their own security chain and the services stubbed): the
 * calendar feed's secret is its only credential, a wrong one is a plain 404 and an
 * unchanged feed a 304; a mail client's one-click unsubscribe is a POST without a CSRF
 * token or a session. What the feed holds and what unsubscribing changes are tested on
 * the whole app ({@code CalendarFeedTests}, {@code DigestMailTests}).
 */
@WebMvcTest({ CalendarFeedController.class, UnsubscribeController.class })
@Import({ PublicReminderSecurity.class, CurrentUser.class })
class PublicReminderAddressesTests {

	static final String TOKEN = "s3cret-feed-token";

	static final String UNSUBSCRIBE_TOKEN = "signed-unsubscribe-token";

	static final Feed FEED = new Feed("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "\"v1\"",
			Instant.parse("2026-11-17T08:00:00Z"));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CalendarFeedService feeds;

	@MockitoBean
	DigestService digests;

	@BeforeEach
	void oneFeedExists() {
		given(this.feeds.feed(TOKEN)).willReturn(Optional.of(FEED));
		given(this.feeds.feed("wrong")).willReturn(Optional.empty());
		given(this.digests.unsubscribe(UNSUBSCRIBE_TOKEN)).willReturn(true);
	}

	@Test
	void theSecretAloneOpensTheFeedWithoutASession() {
		MvcTestResult result = this.mvc.get().uri("/calendar/{token}.ics", TOKEN).exchange();

		assertThat(result).hasStatusOk()
			.hasContentType("text/calendar;charset=UTF-8")
			.hasHeader("ETag", "\"v1\"")
			.hasHeader("Cache-Control", "no-cache, private")
			.hasHeader("Content-Security-Policy", PublicReminderSecurity.CONTENT_SECURITY_POLICY)
			.bodyText()
			.isEqualTo(FEED.body());
		assertThat(result.getResponse().getDateHeader("Last-Modified")).isEqualTo(FEED.lastModified().toEpochMilli());
		assertThat(result.getResponse().getCookie("SESSION")).isNull();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void aWrongSecretIsAPlainNotFound() {
		assertThat(this.mvc.get().uri("/calendar/{token}.ics", "wrong")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType("text/plain")
			.bodyText()
			.isEqualTo("Not found");
	}

	@Test
	void anUnchangedFeedAnswersNotModified() {
		assertThat(this.mvc.get().uri("/calendar/{token}.ics", TOKEN).header("If-None-Match", "\"v1\""))
			.hasStatus(HttpStatus.NOT_MODIFIED)
			.bodyText()
			.isEmpty();
		assertThat(this.mvc.get().uri("/calendar/{token}.ics", TOKEN).header("If-None-Match", "\"v0\"")).hasStatusOk();
	}

	@Test
	void aMailClientsOneClickUnsubscribeNeedsOnlyTheToken() {
		MvcTestResult result = this.mvc.post()
			.uri("/digest/unsubscribe")
			.param("token", UNSUBSCRIBE_TOKEN)
			.param("List-Unsubscribe", "One-Click")
			.exchange();

		assertThat(result).hasStatusOk().bodyText().isEqualTo("Unsubscribed.");
		assertThat(result.getRequest().getSession(false)).isNull();
		verify(this.digests).unsubscribe(UNSUBSCRIBE_TOKEN);
	}

	@Test
	void aOneClickUnsubscribeWithAnUnknownTokenChangesNothing() {
		assertThat(this.mvc.post().uri("/digest/unsubscribe").param("token", "forged")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.isEqualTo("Unknown link.");
		assertThat(this.mvc.post().uri("/digest/unsubscribe")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(TestClock.NOW, ZoneOffset.UTC);
		}

	}

}
