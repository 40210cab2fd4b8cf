package dev.rapport.shared.storage;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches a storage failure anywhere below it (security filters included) and answers
 * 503, so a full disk never shows up as a 500 with a stack trace in the log and an error
 * page that blames the user.
 */
class StorageUnavailableFilter extends OncePerRequestFilter {

	private final StorageUnavailableResponses responses;

	StorageUnavailableFilter(StorageUnavailableResponses responses) {
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!StorageFailures.isStorageUnavailable(failure) || response.isCommitted()) {
				throw failure;
			}
			this.responses.write(request, response, failure);
		}
	}

}
