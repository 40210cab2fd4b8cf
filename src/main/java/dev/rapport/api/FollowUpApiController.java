package dev.rapport.api;

import java.net.URI;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import dev.rapport.account.Owner;
import dev.rapport.shared.web.Paging;
import dev.rapport.followup.FollowUpFilter;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.data.domain.PageRequest;
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
 * Follow-ups of the token's owner, with the inline actions of the follow-ups page
 * (complete, snooze, reopen) as sub-resources that answer the follow-up as it now is.
 */
@RestController
@RequestMapping("/api/v1/follow-ups")
class FollowUpApiController {

	private final FollowUpService followUps;

	private final RequestChecks checks;

	FollowUpApiController(FollowUpService followUps, RequestChecks checks) {
		this.followUps = followUps;
		this.checks = checks;
	}

	@GetMapping
	@Operation(summary = "List follow-ups: open ones by due date, then done ones")
	PageResponse<FollowUpResource> list(Owner owner, @RequestParam(required = false) Long contactId,
			@Parameter(description = "OPEN, DONE or ALL (default)") @RequestParam(
					required = false) FollowUpFilter.Status status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
		return PageResponse.of(this.followUps.list(owner.id(), new FollowUpFilter(contactId, status), owner.today(),
				PageRequest.of(page, size)), FollowUpResource::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one follow-up")
	FollowUpResource get(Owner owner, @PathVariable long id) {
		return FollowUpResource.of(this.followUps.get(owner.id(), id, owner.today()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a follow-up to a contact, optionally linked to an interaction")
	ResponseEntity<FollowUpResource> create(Owner owner, @RequestBody FollowUpRequest request) throws BindException {
		FollowUpCommand command = request.toCommand();
		this.checks.check(command);
		long id = this.followUps.create(owner.id(), command);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(get(owner, id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a follow-up; send the version you read (409 if it changed since)")
	FollowUpResource update(Owner owner, @PathVariable long id, @RequestBody FollowUpRequest request)
			throws BindException {
		FollowUpCommand command = request.toCommand();
		this.checks.checkUpdate(command, command.version());
		this.followUps.update(owner.id(), id, command);
		return get(owner, id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a follow-up")
	ResponseEntity<Void> delete(Owner owner, @PathVariable long id) {
		this.followUps.delete(owner.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Mark a follow-up done today")
	FollowUpResource complete(Owner owner, @PathVariable long id) {
		this.followUps.complete(owner.id(), id, owner.today());
		return get(owner, id);
	}

	@PostMapping("/{id}/snooze")
	@Operation(summary = "Put a follow-up off until a later day (reopens it if done)")
	FollowUpResource snooze(Owner owner, @PathVariable long id, @RequestBody SnoozeRequest request)
			throws BindException {
		this.checks.check(request);
		this.followUps.snooze(owner.id(), id, request.until(), owner.today());
		return get(owner, id);
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Reopen a follow-up that was done")
	FollowUpResource reopen(Owner owner, @PathVariable long id) {
		this.followUps.reopen(owner.id(), id);
		return get(owner, id);
	}

}
