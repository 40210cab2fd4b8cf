package dev.rapport.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something the current user asked for does not exist for them. Another user's id is
 * reported exactly like an unknown one, so ids reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, long id) {
		super(what + " " + id + " not found");
	}

}
