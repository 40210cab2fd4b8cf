package dev.rapport.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list: the items and where the page sits ({@code number} is zero-based).
 * Lists take {@code page} and {@code size} parameters; the order is each list's own, so
 * there is deliberately no Spring Data {@code sort=property} parameter reaching into
 * columns.
 */
record PageResponse<T>(List<T> content, PageMetadata page) {

	static final String DEFAULT_SIZE = "20";

	static final int MAX_SIZE = 100;

	static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
				new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
	}

	record PageMetadata(int size, int number, long totalElements, int totalPages) {
	}

}
