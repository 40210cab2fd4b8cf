package dev.rapport.api;

import java.time.Instant;

import dev.rapport.account.AccountService;
import dev.rapport.account.Owner;
import dev.rapport.backup.Backup;
import dev.rapport.backup.BackupNotSupportedException;
import dev.rapport.backup.BackupService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An on-demand backup of the embedded database for the instance owner (the first
 * account), e.g. before an upgrade. Other users get 403: a backup holds everybody's data.
 */
@RestController
class BackupApiController {

	private final BackupService backups;

	private final AccountService accounts;

	BackupApiController(BackupService backups, AccountService accounts) {
		this.backups = backups;
		this.accounts = accounts;
	}

	@PostMapping("/api/v1/admin/backup")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Back up the embedded H2 database now (instance owner only; on PostgreSQL it answers 409: "
			+ "use pg_dump)")
	@ApiResponse(responseCode = "403", description = "Only the instance owner (the first account) may back up")
	@ApiResponse(responseCode = "409", description = "The database is not the embedded H2 file (use pg_dump)")
	BackupResource backUp(Owner owner) {
		if (!this.accounts.isInstanceOwner(owner.id())) {
			throw new NotTheOwnerException();
		}
		Backup backup = this.backups.backUpNow();
		return new BackupResource(backup.fileName(), backup.sizeBytes(), backup.takenAt());
	}

	@ExceptionHandler(NotTheOwnerException.class)
	ProblemDetail notTheOwner() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Only the instance owner (the first account) may back up the database.");
	}

	@ExceptionHandler(BackupNotSupportedException.class)
	ProblemDetail notSupported(BackupNotSupportedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	record BackupResource(String fileName, long sizeBytes, Instant takenAt) {
	}

	static class NotTheOwnerException extends RuntimeException {

	}

}
