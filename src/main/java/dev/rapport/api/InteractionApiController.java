package dev.rapport.api;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import dev.rapport.account.Owner;
import dev.rapport.shared.web.Paging;
import dev.rapport.interaction.InteractionFilter;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Interactions of the token's owner. The request body is mapped onto the service's
 * {@link InteractionCommand}, which is checked with the constraints the page's form
 * shows, so the same rules hold (a planned date at most a year ahead, participants of the
 * owner's).
 */
@RestController
@RequestMapping("/api/v1/interactions")
class InteractionApiController {

	private final InteractionService interactions;

	private final RequestChecks checks;

	InteractionApiController(InteractionService interactions, RequestChecks checks) {
		this.interactions = interactions;
		this.checks = checks;
	}

	@GetMapping
	@Operation(summary = "List interactions, newest first, optionally with one contact and within dates")
	PageResponse<InteractionResource> list(Owner owner, @RequestParam(required = false) Long contactId,
			@Parameter(description = "first day, inclusive") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, inclusive") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
		return PageResponse.of(this.interactions.search(owner.id(), new InteractionFilter(contactId, from, to),
				owner.today(), PageRequest.of(page, size)), InteractionResource::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one interaction")
	InteractionResource get(Owner owner, @PathVariable long id) {
		return InteractionResource.of(this.interactions.get(owner.id(), id, owner.today()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log an interaction (a future date plans it, up to a year ahead)")
	ResponseEntity<InteractionResource> create(Owner owner, @RequestBody InteractionRequest request)
			throws BindException {
		InteractionCommand command = request.toCommand();
		this.checks.check(command);
		long id = this.interactions.log(owner.id(), command, owner.today());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(get(owner, id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace an interaction; send the version you read (409 if it changed since)")
	InteractionResource update(Owner owner, @PathVariable long id, @RequestBody InteractionRequest request)
			throws BindException {
		InteractionCommand command = request.toCommand();
		this.checks.checkUpdate(command, command.version());
		this.interactions.update(owner.id(), id, command, owner.today());
		return get(owner, id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an interaction")
	ResponseEntity<Void> delete(Owner owner, @PathVariable long id) {
		this.interactions.delete(owner.id(), id, owner.today());
		return ResponseEntity.noContent().build();
	}

}
