package dev.rapport.api;

import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.depth.GatheringService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Small gatherings worth hosting: 3-6 people all due for contact who share a tag or met
 * together before. Log one as a meal with {@code POST /api/v1/interactions} (kind MEAL,
 * everyone as participants): each of them is credited.
 */
@RestController
@ApiResponse(responseCode = "401", description = "No valid token",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class GatheringApiController {

	private final GatheringService gatherings;

	GatheringApiController(GatheringService gatherings) {
		this.gatherings = gatherings;
	}

	@GetMapping("/api/v1/gatherings")
	@Operation(summary = "Up to 3 small gatherings (3-6 people due for contact who share a tag or met together "
			+ "before), best first: the first is this week's")
	@ApiResponse(responseCode = "200", description = "Up to three gatherings, best first")
	List<GatheringResource> gatherings(Owner owner) {
		return this.gatherings.suggestions(owner.id(), owner.today())
			.stream()
			.map(suggestion -> new GatheringResource(suggestion.contactIds(), suggestion.because()))
			.toList();
	}

	record GatheringResource(@Schema(description = "3 to 6 contact ids, most pressing first") List<Long> contactIds,
			@Schema(description = "Why, in one English sentence") String because) {
	}

}
