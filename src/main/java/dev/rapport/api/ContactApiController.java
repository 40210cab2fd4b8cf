package dev.rapport.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import dev.rapport.account.Owner;
import dev.rapport.contact.AddressBookContacts;
import dev.rapport.contact.ContactChannels;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.depth.BreakingBread;
import dev.rapport.depth.BreakingBreadService;
import dev.rapport.scoring.RelationshipScore;
import dev.rapport.scoring.ScoringService;
import dev.rapport.scoring.Tier;
import dev.rapport.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
 * Contacts of the token's owner. Archived contacts are not listed (as on the contacts
 * page).
 */
@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController {

	private final ContactService contacts;

	private final RequestChecks checks;

	private final ScoringService scoring;

	private final AddressBookContacts addressBooks;

	private final BreakingBreadService breakingBread;

	private final MessageSource messages;

	ContactApiController(ContactService contacts, RequestChecks checks, ScoringService scoring,
			BreakingBreadService breakingBread, AddressBookContacts addressBooks, MessageSource messages) {
		this.messages = messages;
		this.addressBooks = addressBooks;
		this.contacts = contacts;
		this.checks = checks;
		this.scoring = scoring;
		this.breakingBread = breakingBread;
	}

	@GetMapping
	@Operation(summary = "List contacts, filtered by free text (name, company, email), tag and tier")
	PageResponse<ContactResource> list(Owner owner, @RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) String tag,
			@Parameter(description = "Only contacts in this tier") @RequestParam(required = false) Tier tier,
			@Parameter(description = "NAME (default), LAST_INTERACTION, or DEPTH (by tier, then depth score; "
					+ "no history last)") @RequestParam(required = false) ContactSort sort,
			@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
		ContactQuery query = new ContactQuery(text, tag, false, sort, (tier != null) ? tier.name() : null, false);
		Page<ContactDetails> found = this.contacts.listDetails(owner, query, PageRequest.of(page, size));
		Map<Long, ContactChannels> channels = this.addressBooks.channels(owner.id(), found.getContent());
		return PageResponse.of(found, contact -> ContactResource.of(contact, channels.get(contact.id())));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one contact")
	ContactResource get(Owner owner, @PathVariable long id) {
		ContactDetails contact = this.contacts.get(owner.id(), id);
		return ContactResource.of(contact, this.addressBooks.channels(owner.id(), List.of(contact)).get(id));
	}

	@GetMapping("/{id}/score")
	@Operation(
			summary = "The contact's relationship score today: depth, bond, tier, why, and when you last broke bread")
	ScoreResource score(Owner owner, @PathVariable long id) {
		ContactDetails contact = this.contacts.get(owner.id(), id);
		LocalDate today = owner.today();
		RelationshipScore score = this.scoring.scoreOf(owner.id(), id, today);
		// The API's explanation is English, whatever the caller's Accept-Language.
		return ScoreResource.of(score, this.messages.getMessage(this.scoring.explain(score), Locale.ENGLISH),
				this.breakingBread.lastBrokeBread(owner.id(), id, today)
					.map(BreakingBread.LastTime::date)
					.orElse(null));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a contact; answers it with its id, and its URL in Location")
	ResponseEntity<ContactResource> create(Owner owner, @RequestBody ContactRequest request) throws BindException {
		ContactCommand command = request.toCommand();
		this.checks.check(command, request.wouldBeStoredOtherwise());
		long id = this.contacts.create(owner.id(), command);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(get(owner, id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a contact; send the version you read (409 if it changed since)")
	ContactResource update(Owner owner, @PathVariable long id, @RequestBody ContactRequest request)
			throws BindException {
		ContactCommand command = request.toCommand();
		this.checks.checkUpdate(command, command.version(), request.wouldBeStoredOtherwise());
		this.contacts.update(owner.id(), id, command);
		return get(owner, id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a contact with its interactions' participation and follow-ups")
	ResponseEntity<Void> delete(Owner owner, @PathVariable long id) {
		this.contacts.delete(owner.id(), id);
		return ResponseEntity.noContent().build();
	}

}
