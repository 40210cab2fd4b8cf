package dev.rapport.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page request whose multipart body cannot be parsed (cut off, a wrong boundary) is the
 * client's mistake: it gets the 400 error page, not a 500. Uploads above the limit keep
 * their own handling, and API requests get a problem detail from the API's own resolver,
 * which runs first.
 */
@Component
class MalformedRequestPages implements HandlerExceptionResolver, Ordered {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(ex instanceof MultipartException) || ex instanceof MaxUploadSizeExceededException) {
			return null;
		}
		try {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (IOException | IllegalStateException ex2) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
