package dev.rapport.api;

import java.net.URI;
import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.contact.ImportantDateCommand;
import dev.rapport.contact.ImportantDateService;
import io.swagger.v3.oas.annotations.Operation;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A contact's important dates: birthday (at most one, also the contact's
 * {@code birthday}), anniversaries and other labelled dates, each with a reminder some
 * days before.
 */
@RestController
@RequestMapping("/api/v1/contacts/{contactId}/dates")
class ImportantDateApiController {

	private final ImportantDateService dates;

	private final RequestChecks checks;

	ImportantDateApiController(ImportantDateService dates, RequestChecks checks) {
		this.dates = dates;
		this.checks = checks;
	}

	@GetMapping
	@Operation(summary = "List a contact's important dates, the birthday first")
	List<ImportantDateResource> list(Owner owner, @PathVariable long contactId) {
		return this.dates.ofContact(owner.id(), contactId).stream().map(ImportantDateResource::of).toList();
	}

	@GetMapping("/{dateId}")
	ImportantDateResource get(Owner owner, @PathVariable long contactId, @PathVariable long dateId) {
		return ImportantDateResource.of(this.dates.get(owner.id(), contactId, dateId));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an important date (a contact has at most one birthday)")
	ResponseEntity<ImportantDateResource> create(Owner owner, @PathVariable long contactId,
			@RequestBody ImportantDateRequest request) throws BindException {
		ImportantDateCommand command = request.toCommand();
		this.checks.check(command);
		long id = this.dates.create(owner.id(), contactId, command, owner.today());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(get(owner, contactId, id));
	}

	@PutMapping("/{dateId}")
	@Operation(summary = "Replace an important date; send the version you read (409 if it changed since)")
	ImportantDateResource update(Owner owner, @PathVariable long contactId, @PathVariable long dateId,
			@RequestBody ImportantDateRequest request) throws BindException {
		ImportantDateCommand command = request.toCommand();
		this.checks.checkUpdate(command, command.version());
		this.dates.update(owner.id(), contactId, dateId, command, owner.today());
		return get(owner, contactId, dateId);
	}

	@DeleteMapping("/{dateId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an important date")
	ResponseEntity<Void> delete(Owner owner, @PathVariable long contactId, @PathVariable long dateId) {
		this.dates.delete(owner.id(), contactId, dateId);
		return ResponseEntity.noContent().build();
	}

}
