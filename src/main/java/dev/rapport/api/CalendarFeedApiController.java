package dev.rapport.api;

import dev.rapport.account.Owner;
import dev.rapport.reminders.CalendarFeedService;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The private calendar feed: make a new URL (the old one stops working) or turn it off.
 */
@RestController
@RequestMapping("/api/v1/calendar-feed")
class CalendarFeedApiController {

	private final CalendarFeedService feeds;

	CalendarFeedApiController(CalendarFeedService feeds) {
		this.feeds = feeds;
	}

	record CalendarFeedResource(String url) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make a new private calendar feed URL (shown only now); the previous URL stops working")
	ResponseEntity<CalendarFeedResource> create(Owner owner) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new CalendarFeedResource(this.feeds.create(owner.id())));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Turn the calendar feed off; its URL answers 404 from now on")
	ResponseEntity<Void> delete(Owner owner) {
		this.feeds.revoke(owner.id());
		return ResponseEntity.noContent().build();
	}

}
