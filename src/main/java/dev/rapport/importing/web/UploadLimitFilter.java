package dev.rapport.importing.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.importing.ImportingProperties;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an upload that is obviously too large into the import page's message before
 * anything reads its body. Spring Security's CSRF check reads a form field, which makes
 * Tomcat parse the multipart body; above
 * {@code spring.servlet.multipart.max-request-size} that fails with a bare 413 before any
 * controller or advice runs. Browsers send a Content-Length with every form upload, so
 * the size is known up front; Tomcat then swallows the unread body (up to
 * {@code server.tomcat.max-swallow-size}) so the browser still gets the redirect.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	/**
	 * Room for the multipart boundaries, headers and the CSRF field around the file
	 * itself.
	 */
	static final long MULTIPART_OVERHEAD = 64 * 1024;

	private final ImportingProperties properties;

	UploadLimitFilter(ImportingProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.properties.largestUpload().toBytes() + MULTIPART_OVERHEAD) {
			response.sendRedirect(request.getContextPath() + "/import?problem=" + ImportController.TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
