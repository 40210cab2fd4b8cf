package dev.rapport.api;

import java.time.DayOfWeek;
import java.time.LocalDate;

import dev.rapport.account.Owner;
import dev.rapport.reminders.Digest;
import dev.rapport.reminders.DigestService;
import dev.rapport.reminders.DigestSettings;
import dev.rapport.reminders.DigestSettingsCommand;
import dev.rapport.reminders.MailUnavailableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The weekly digest email: its settings, a preview of this week's, and sending it now.
 */
@RestController
class DigestApiController {

	private final DigestService digests;

	private final RequestChecks checks;

	DigestApiController(DigestService digests, RequestChecks checks) {
		this.digests = digests;
		this.checks = checks;
	}

	record DigestPreview(LocalDate weekStart, String subject, String text, String html) {
	}

	record DigestSettingsResource(boolean enabled, DayOfWeek dayOfWeek,
			@Schema(description = "Local hour (0-23) in the account's time zone") int hour, boolean sendWhenQuiet) {

		static DigestSettingsResource of(DigestSettings settings) {
			return new DigestSettingsResource(settings.enabled(), settings.dayOfWeek(), settings.hour(),
					settings.sendWhenQuiet());
		}

	}

	record DigestSettingsRequest(Boolean enabled,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DayOfWeek dayOfWeek,
			@Schema(description = "Local hour (0-23) in the account's time zone",
					requiredMode = Schema.RequiredMode.REQUIRED) Integer hour,
			@Schema(description = "Send \"a quiet week\" instead of skipping an empty digest") Boolean sendWhenQuiet) {

		DigestSettingsCommand toCommand() {
			return new DigestSettingsCommand(Boolean.TRUE.equals(this.enabled), this.dayOfWeek, this.hour,
					Boolean.TRUE.equals(this.sendWhenQuiet));
		}

	}

	@GetMapping("/api/v1/digest/preview")
	@Operation(summary = "This week's digest email as it would be sent now, as plain text and HTML")
	DigestPreview preview(Owner owner) {
		Digest digest = this.digests.preview(owner.id());
		return new DigestPreview(digest.weekStart(), digest.subject(), digest.text(), digest.html());
	}

	@PostMapping("/api/v1/digest/send")
	@Operation(summary = "Send this week's digest to the account's email now (202); 409 when this installation "
			+ "has no mail server configured, 503 when the mail server did not take it")
	@ApiResponse(responseCode = "202", description = "Handed to the mail server")
	@ApiResponse(responseCode = "409", description = "No mail server is configured on this installation",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "The mail server did not take the email; try again later",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> send(Owner owner) {
		this.digests.sendNow(owner.id());
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/api/v1/settings/digest")
	@Operation(summary = "The weekly digest's settings (default: off, Monday 07:00 local time)")
	DigestSettingsResource settings(Owner owner) {
		return DigestSettingsResource.of(this.digests.settings(owner.id()));
	}

	@PutMapping("/api/v1/settings/digest")
	@Operation(summary = "Turn the weekly digest on or off and choose its day and local hour")
	DigestSettingsResource saveSettings(Owner owner, @RequestBody DigestSettingsRequest request) throws BindException {
		DigestSettingsCommand command = request.toCommand();
		this.checks.check(command);
		return DigestSettingsResource.of(this.digests.saveSettings(owner.id(), command));
	}

	@ExceptionHandler(MailUnavailableException.class)
	ProblemDetail mailUnavailable(MailUnavailableException ex) {
		// Not configured is the installation's state, not a failure of the server: 409,
		// like any
		// request the current state does not allow. A mail server that refused is a 503.
		ProblemDetail problem = ex.configured()
				? ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
						"The mail server did not take the email; try again in a few minutes.")
				: ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
						"No mail server is configured (spring.mail.host), so no email can be sent.");
		problem.setTitle("Mail unavailable");
		return problem;
	}

}
