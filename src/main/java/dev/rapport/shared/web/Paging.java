package dev.rapport.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of a list a {@code page} parameter asks for. A negative page is the first; a
 * page so far out that its first row's offset does not fit the database's row offset is a
 * 400, never a 500.
 */
public final class Paging {

	/**
	 * The furthest page any list accepts: 1,000,000 pages of 100 rows stay far below the
	 * int offset limit.
	 */
	public static final int MAX_PAGE = 1_000_000;

	private Paging() {
	}

	public static PageRequest page(int page, int size) {
		if (page > MAX_PAGE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be at most " + MAX_PAGE);
		}
		return PageRequest.of(Math.max(0, page), size);
	}

}
