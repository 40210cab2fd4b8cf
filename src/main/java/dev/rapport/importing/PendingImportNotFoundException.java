package dev.rapport.importing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No pending import with this token for the current user: never uploaded, expired,
 * already discarded, or someone else's (reported exactly alike, so tokens reveal
 * nothing).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PendingImportNotFoundException extends RuntimeException {

	public PendingImportNotFoundException() {
		super("No such pending import");
	}

}
