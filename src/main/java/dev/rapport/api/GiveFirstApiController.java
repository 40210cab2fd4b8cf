package dev.rapport.api;

import java.net.URI;
import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.depth.GiveFirstService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Give first: introductions worth making (and logging one), and the last year's give and
 * take.
 */
@RestController
@ApiResponse(responseCode = "401", description = "No valid token",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class GiveFirstApiController {

	private final GiveFirstService giveFirst;

	GiveFirstApiController(GiveFirstService giveFirst) {
		this.giveFirst = giveFirst;
	}

	@GetMapping("/api/v1/introductions")
	@Operation(
			summary = "Introductions worth making: one person's 'can help with' (or tag) meets another's 'looking for'")
	@ApiResponse(responseCode = "200", description = "Suggested introductions, best first")
	List<IntroductionResource> introductions(Owner owner) {
		return this.giveFirst.introductions(owner.id())
			.stream()
			.map(suggestion -> new IntroductionResource(suggestion.contactIds(), suggestion.because()))
			.toList();
	}

	@PostMapping("/api/v1/introductions")
	@Operation(summary = "Log an introduction you made today between two contacts, with a follow-up in 14 days "
			+ "to ask the second how it went")
	@ApiResponse(responseCode = "201", description = "The introduction and its follow-up were logged")
	@ApiResponse(responseCode = "400", description = "Invalid fields: the problem's errors array names each",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404",
			description = "One of the contacts does not exist or is not yours; nothing was logged",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<IntroductionLoggedResource> introduce(Owner owner, @RequestBody IntroduceRequest request) {
		List<Long> ids = request.contactIds();
		if (ids == null || ids.size() != 2 || ids.contains(null) || ids.get(0).equals(ids.get(1))) {
			throw new InvalidIntroductionException();
		}
		GiveFirstService.IntroductionLogged logged = this.giveFirst.logIntroduction(owner.id(), ids.get(0), ids.get(1),
				owner.today());
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/interactions/{id}")
			.buildAndExpand(logged.interactionId())
			.toUri();
		return ResponseEntity.created(location)
			.body(new IntroductionLoggedResource(logged.interactionId(), logged.followUpId()));
	}

	@GetMapping("/api/v1/ledger")
	@Operation(summary = "Favours and introductions given and received per person over the last 12 months; "
			+ "people you have only received from come first")
	@ApiResponse(responseCode = "200", description = "One line per person")
	List<LedgerResource> ledger(Owner owner) {
		return this.giveFirst.ledger(owner.id(), owner.today())
			.stream()
			.map(line -> new LedgerResource(line.contact().id(), line.given(), line.received()))
			.toList();
	}

	@ExceptionHandler(InvalidIntroductionException.class)
	ProblemDetail invalidIntroduction() {
		return ApiProblemAdvice.invalid(ApiProblemAdvice.INVALID_DETAIL,
				List.of(new FieldProblem("contactIds", "must be two different contact ids")));
	}

	static final class InvalidIntroductionException extends RuntimeException {

		InvalidIntroductionException() {
			super("An introduction needs two different contacts");
		}

	}

	record IntroductionResource(
			@ArraySchema(arraySchema = @Schema(
					description = "The person who can help, then the person looking")) List<Long> contactIds,
			@Schema(description = "Why, in one English sentence") String because) {
	}

	record IntroduceRequest(@ArraySchema(arraySchema = @Schema(
			description = "Two different contact ids: the person who can help, then the person looking (who gets the follow-up)")) List<Long> contactIds) {
	}

	record IntroductionLoggedResource(long interactionId, long followUpId) {
	}

	record LedgerResource(long contactId,
			@Schema(description = "Favours and introductions you gave (mutual counts both ways)") int given,
			@Schema(description = "Favours and introductions you received") int received) {
	}

}
