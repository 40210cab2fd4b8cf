package dev.rapport.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.depth.LifeEventForm;
import dev.rapport.depth.LifeEventKind;
import dev.rapport.depth.LifeEventService;
import dev.rapport.depth.LifeEventView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A contact's life events. Logging one creates its check-in follow-up (and for a loss a
 * note before the first anniversary), answered as {@code followUpId} /
 * {@code anniversaryFollowUpId}.
 */
@RestController
@RequestMapping("/api/v1/contacts/{contactId}/life-events")
@ApiResponse(responseCode = "401", description = "No valid token",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such contact, or not yours",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class LifeEventApiController {

	private final LifeEventService lifeEvents;

	private final RequestChecks checks;

	LifeEventApiController(LifeEventService lifeEvents, RequestChecks checks) {
		this.lifeEvents = lifeEvents;
		this.checks = checks;
	}

	@GetMapping
	@Operation(summary = "The contact's life events, latest first")
	@ApiResponse(responseCode = "200", description = "The events, latest first")
	List<LifeEventResource> list(Owner owner, @PathVariable long contactId) {
		return this.lifeEvents.ofContact(owner.id(), contactId).stream().map(LifeEventResource::of).toList();
	}

	@PostMapping
	@Operation(summary = "Log a life event; a check-in follow-up is created at the kind's usual delay "
			+ "(new job and wedding 4 weeks, moved, new baby, graduation and other 2 weeks, loss and health 1 week) "
			+ "unless checkInOn says otherwise")
	@ApiResponse(responseCode = "201", description = "The event, with the follow-ups it created")
	@ApiResponse(responseCode = "400", description = "Invalid fields: the problem's errors array names each",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<LifeEventResource> log(Owner owner, @PathVariable long contactId,
			@RequestBody LifeEventRequest request) throws BindException {
		LifeEventForm form = new LifeEventForm(request.kind(), request.date(), request.note(), request.checkInOn());
		this.checks.check(form);
		LifeEventView event = this.lifeEvents.log(owner.id(), contactId, form, owner.today());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().build().toUri();
		return ResponseEntity.created(location).body(LifeEventResource.of(event));
	}

	record LifeEventRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LifeEventKind kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "When it happened (or will: at most a year ahead)") LocalDate date,
			@Schema(description = "A few words, at most 1000 characters", nullable = true) String note,
			@Schema(description = "When to check in; the kind's usual delay when absent",
					nullable = true) LocalDate checkInOn) {
	}

	record LifeEventResource(long id, long contactId, LifeEventKind kind, LocalDate date,
			@Schema(nullable = true) String note,
			@Schema(description = "The check-in follow-up (null once it was deleted)", nullable = true) Long followUpId,
			@Schema(description = "For a loss: the gentle note before the first anniversary",
					nullable = true) Long anniversaryFollowUpId) {

		static LifeEventResource of(LifeEventView event) {
			return new LifeEventResource(event.id(), event.contactId(), event.kind(), event.date(), event.note(),
					event.followUpId(), event.anniversaryFollowUpId());
		}

	}

}
