package dev.rapport.api;

import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.depth.RhythmCheck;
import dev.rapport.depth.RhythmService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rhythm check: the touches a month the intended rhythms promise against those
 * achieved over the last 90 days, and which rhythms to loosen when the promise is bigger.
 * Loosening one is a contact update ({@code rhythmDays}).
 */
@RestController
@RequestMapping("/api/v1/rhythm")
@ApiResponse(responseCode = "401", description = "No valid token",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class RhythmApiController {

	private final RhythmService rhythm;

	RhythmApiController(RhythmService rhythm) {
		this.rhythm = rhythm;
	}

	@GetMapping
	@Operation(summary = "Promised vs achieved touches a month, and the rhythms to loosen (lowest bond first)")
	@ApiResponse(responseCode = "400", description = "Invalid fields: the problem's errors array names each",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "200", description = "The rhythm check")
	RhythmResource check(Owner owner,
			@Parameter(description = "Also propose loosening inner-circle relationships") @RequestParam(
					defaultValue = "false") boolean includeInnerCircle) {
		return RhythmResource.of(this.rhythm.check(owner.id(), owner.today(), includeInnerCircle));
	}

	record RhythmResource(@Schema(
			description = "Touches a month the intended rhythms add up to, one decimal") double promisedPerMonth,
			@Schema(description = "Touches a month achieved over the last 90 days (distinct days with a person), one decimal") double achievedPerMonth,
			@Schema(description = "Proposed one-step loosenings, lowest bond first; empty when the promise is kept") List<LoosenResource> loosen) {

		static RhythmResource of(RhythmCheck.Result result) {
			return new RhythmResource(rounded(result.promisedPerMonth()), rounded(result.achievedPerMonth()),
					result.loosen()
						.stream()
						.map(loosen -> new LoosenResource(loosen.contactId(), loosen.fromDays(), loosen.toDays()))
						.toList());
		}

		private static double rounded(double value) {
			return Math.round(value * 10) / 10.0;
		}

	}

	record LoosenResource(long contactId, int fromDays, int toDays) {
	}

}
