package dev.rapport.api;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.reconnect.SettleOutcome;
import dev.rapport.reconnect.SuggestionBucket;
import dev.rapport.reconnect.SuggestionStatus;
import dev.rapport.reconnect.SuggestionView;
import dev.rapport.reconnect.WeekList;
import dev.rapport.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * This week's reconnect list, and past weeks' as they ended up. Suggestions are addressed
 * by contact, since a contact is on a week's list at most once and scripts know contacts,
 * not suggestions. Only this week's list can be changed.
 */
@RestController
@RequestMapping("/api/v1/reconnect")
class ReconnectApiController {

	private final ReconnectService reconnect;

	ReconnectApiController(ReconnectService reconnect) {
		this.reconnect = reconnect;
	}

	@GetMapping
	@ApiResponse(responseCode = "200", description = "The week's list")
	@ApiResponse(responseCode = "404", description = "No list was kept for that past week")
	@Operation(summary = "This week's list (computed on the week's first look), or a past week's as it ended up")
	WeekResource week(Owner owner,
			@Parameter(description = "Any day of a past week; this week without it") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
		LocalDate today = owner.today();
		ReconnectService.WeekChoice choice = ReconnectService.chooseWeek(week, today);
		if (choice.when() == ReconnectService.WeekChoice.When.THIS_WEEK) {
			return WeekResource.of(this.reconnect.thisWeek(owner.id(), today));
		}
		if (choice.when() == ReconnectService.WeekChoice.When.FUTURE) {
			throw new FutureWeekException();
		}
		return WeekResource.of(this.reconnect.weekOf(owner.id(), choice.weekStart(), today)
			.orElseThrow(() -> new NotFoundException("Week", choice.weekStart().toEpochDay())));
	}

	@ApiResponse(responseCode = "200", description = "The suggestion as it now is")
	@ApiResponse(responseCode = "409", description = "The suggestion was already settled otherwise this week")
	@PostMapping("/{contactId}/done")
	@Operation(summary = "Mark that you reconnected with someone on this week's list")
	SuggestionResource done(Owner owner, @PathVariable long contactId) {
		return settle(owner, contactId, SuggestionStatus.DONE);
	}

	@ApiResponse(responseCode = "200", description = "The suggestion as it now is")
	@ApiResponse(responseCode = "409", description = "The suggestion was already settled otherwise this week")
	@PostMapping("/{contactId}/not-now")
	@Operation(summary = "Take someone off this week's list and do not suggest them for a while")
	SuggestionResource notNow(Owner owner, @PathVariable long contactId) {
		return settle(owner, contactId, SuggestionStatus.NOT_NOW);
	}

	@ApiResponse(responseCode = "200", description = "The suggestion as it now is")
	@ApiResponse(responseCode = "409", description = "The suggestion was already settled otherwise this week")
	@PostMapping("/{contactId}/dont-suggest")
	@Operation(summary = "Take someone off this week's list and never suggest them again")
	SuggestionResource dontSuggest(Owner owner, @PathVariable long contactId) {
		return settle(owner, contactId, SuggestionStatus.DONT_SUGGEST);
	}

	/**
	 * Sending the same change twice is fine (the suggestion is answered as it is);
	 * changing a suggestion that was already settled otherwise is a 409, as on the page,
	 * where it is gone. The rules are the service's.
	 */
	private SuggestionResource settle(Owner owner, long contactId, SuggestionStatus status) {
		long suggestionId = this.reconnect.thisWeeksSuggestionFor(owner.id(), contactId, owner.today());
		SettleOutcome outcome = this.reconnect.settle(owner.id(), suggestionId, status, owner.today());
		if (outcome == SettleOutcome.NOT_THIS_WEEK) {
			// The week turned between finding the suggestion and settling it.
			throw new NotFoundException("Suggestion", contactId);
		}
		if (!outcome.hasAskedStatus()) {
			throw new AlreadySettledException();
		}
		return SuggestionResource.of(this.reconnect.suggestion(owner.id(), suggestionId));
	}

	@ExceptionHandler(AlreadySettledException.class)
	ProblemDetail alreadySettled() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This suggestion was already settled this week; it can be changed only while it is open.");
	}

	@ExceptionHandler(FutureWeekException.class)
	ProblemDetail futureWeek() {
		return ApiProblemAdvice.invalid(ApiProblemAdvice.INVALID_DETAIL,
				List.of(new FieldProblem("week", "must not be after this week")));
	}

	static final class FutureWeekException extends RuntimeException {

		FutureWeekException() {
			super("A future week has no list");
		}

	}

	static final class AlreadySettledException extends RuntimeException {

		AlreadySettledException() {
			super("Suggestion already settled");
		}

	}

	record WeekResource(LocalDate weekStart, List<SuggestionResource> suggestions) {

		static WeekResource of(WeekList week) {
			return new WeekResource(week.weekStart(), week.suggestions().stream().map(SuggestionResource::of).toList());
		}

	}

	/**
	 * @param reason why they are suggested, in English, as the page says it
	 */
	record SuggestionResource(long contactId, String name, SuggestionBucket bucket, String reason,
			SuggestionStatus status) {

		static SuggestionResource of(SuggestionView suggestion) {
			return new SuggestionResource(suggestion.contact().id(), suggestion.contact().displayName(),
					suggestion.bucket(), suggestion.reason(), suggestion.status());
		}

	}

}
