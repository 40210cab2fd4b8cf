package dev.rapport.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container sends a failed request to be explained. Typed
 * into the address bar it has no failure to explain, and Spring Boot would answer 500
 * "None"; it is a page that does not exist, so it answers 404 like any other. Real error
 * dispatches never pass through here (this filter sees only ordinary requests).
 */
class DirectErrorRequestFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
