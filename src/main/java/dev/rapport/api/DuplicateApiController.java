package dev.rapport.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.rapport.account.Owner;
import dev.rapport.contact.AddressBookContacts;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactMergeService;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.DuplicatePair;
import dev.rapport.contact.DuplicateReason;
import dev.rapport.contact.DuplicateService;
import dev.rapport.contact.MergeChoices;
import dev.rapport.contact.MergeField;
import dev.rapport.contact.MergeSide;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Likely duplicates among the token owner's contacts, "not a duplicate", and merging two
 * contacts into one (the same service as the merge page, in one transaction).
 */
@RestController
@ApiResponse(responseCode = "401", description = "No valid token",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class DuplicateApiController {

	private final DuplicateService duplicates;

	private final ContactMergeService merges;

	private final ContactService contacts;

	private final AddressBookContacts addressBooks;

	DuplicateApiController(DuplicateService duplicates, ContactMergeService merges, ContactService contacts,
			AddressBookContacts addressBooks) {
		this.duplicates = duplicates;
		this.merges = merges;
		this.contacts = contacts;
		this.addressBooks = addressBooks;
	}

	@GetMapping("/api/v1/duplicates")
	@Operation(summary = "Pairs of contacts that look like one person: the same email, phone number or LinkedIn "
			+ "profile, or a similar name (accents, nicknames, swapped first and last name) at the same company. "
			+ "Strongest reason first; pairs marked 'not a duplicate' are left out")
	@ApiResponse(responseCode = "200", description = "The pairs, smaller (older) contact id first",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = DuplicateResource.class))))
	List<DuplicateResource> list(Owner owner) {
		return this.duplicates.find(owner.id()).stream().map(DuplicateResource::of).toList();
	}

	@PostMapping("/api/v1/duplicates/dismissals")
	@Operation(summary = "Mark two contacts as different people: the pair is never suggested again")
	@ApiResponse(responseCode = "204", description = "The pair is hidden for good (also when it already was)")
	@ApiResponse(responseCode = "400",
			description = "Not exactly two different contact ids: the problem's errors array names the field",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "One of the contacts does not exist or is not yours",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> dismiss(Owner owner, @RequestBody DismissalRequest request) throws BindException {
		List<Long> ids = request.contactIds();
		if (ids == null || ids.size() != 2 || ids.contains(null)) {
			throw invalid(request, "contactIds", "must hold exactly two contact ids");
		}
		this.duplicates.dismiss(owner.id(), ids.get(0), ids.get(1));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/contacts/{id}/merge")
	@Operation(summary = "Merge contact otherId into contact id: every interaction (one both took part in keeps one "
			+ "participant), follow-up, date, tag, email, phone, address, This-week entry and life event moves to "
			+ "contact id, its score is recomputed and otherId is deleted (404 afterwards). For each field in "
			+ "'fields' say whose value wins where both have one: KEPT (the default), OTHER, or BOTH (notes and "
			+ "howWeMet only, joined). Send version/otherVersion to refuse a merge of contacts changed since you read "
			+ "them (409)")
	@ApiResponse(responseCode = "200", description = "The kept contact after the merge")
	@ApiResponse(responseCode = "400",
			description = "otherId missing or the same contact, an unknown field or side, or BOTH where not allowed or too long: the problem's errors array names the field",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404",
			description = "Either contact does not exist or is not yours; nothing was changed",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "Either contact changed since the version you sent; nothing was changed",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ContactResource merge(Owner owner, @PathVariable long id, @RequestBody MergeRequest request) throws BindException {
		if (request.otherId() == null) {
			throw invalid(request, "otherId", "must not be null");
		}
		Map<MergeField, MergeSide> sides = new EnumMap<>(MergeField.class);
		if (request.fields() != null) {
			sides.putAll(request.fields());
		}
		this.merges.merge(owner.id(), id, request.otherId(), new MergeChoices(sides), request.version(),
				request.otherVersion(), owner.today());
		ContactDetails kept = this.contacts.get(owner.id(), id);
		return ContactResource.of(kept, this.addressBooks.channels(owner.id(), List.of(kept)).get(id));
	}

	private static BindException invalid(Object request, String field, String message) {
		DirectFieldBindingResult errors = new DirectFieldBindingResult(request, "request");
		errors.addError(new FieldError("request", field, null, false, null, null, message));
		return new BindException(errors);
	}

	record DuplicateResource(@ArraySchema(schema = @Schema(description = "The two contacts, smaller id first"),
			minItems = 2, maxItems = 2) List<Long> contactIds, DuplicateReason reason) {

		static DuplicateResource of(DuplicatePair pair) {
			return new DuplicateResource(List.of(pair.firstId(), pair.secondId()), pair.reason());
		}

	}

	record DismissalRequest(@ArraySchema(schema = @Schema(description = "A contact id"), minItems = 2, maxItems = 2,
			arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<Long> contactIds) {
	}

	record MergeRequest(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "The contact merged into {id} and deleted") Long otherId,
			@Schema(description = "Whose value wins per field where both differ; fields left out keep the kept "
					+ "contact's value (or the other's where the kept one has none), notes and howWeMet keep both",
					nullable = true) Map<MergeField, MergeSide> fields,
			@Schema(description = "The version of contact {id} you read; 409 if it changed",
					nullable = true) Long version,
			@Schema(description = "The version of contact otherId you read; 409 if it changed",
					nullable = true) Long otherVersion) {
	}

}
