package dev.rapport.reminders.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.rapport.reminders.CalendarFeedService;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The private calendar feed calendars subscribe to. The URL's secret is the only
 * credential (a calendar app cannot sign in); a wrong or revoked one is a 404, like any
 * unknown page.
 */
@Controller
class CalendarFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeedService feeds;

	CalendarFeedController(CalendarFeedService feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token, WebRequest request) {
		Optional<CalendarFeedService.Feed> feed = this.feeds.feed(token);
		if (feed.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
		}
		CalendarFeedService.Feed found = feed.get();
		if (request.checkNotModified(found.etag(), found.lastModified().toEpochMilli())) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.eTag(found.etag())
			.lastModified(found.lastModified())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(found.body());
	}

}
