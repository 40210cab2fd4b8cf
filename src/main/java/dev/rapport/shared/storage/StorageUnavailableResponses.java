package dev.rapport.shared.storage;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.shared.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a request that failed because the database cannot store anything: 503 with
 * {@code Retry-After}, as a problem detail for the API and as a short page for the
 * browser, never a success and never a generic 500. Used both as the first exception
 * resolver (for failures in controllers, ahead of any controller advice) and by
 * {@link StorageUnavailableFilter} (for failures in filters, such as the sign-in's token
 * lookups).
 */
class StorageUnavailableResponses implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(StorageUnavailableResponses.class);

	static final String RETRY_AFTER_SECONDS = "60";

	private final MessageSource messages;

	StorageUnavailableResponses(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!StorageFailures.isStorageUnavailable(failure) || response.isCommitted()) {
			return null;
		}
		try {
			write(request, response, failure);
			return new ModelAndView();
		}
		catch (IOException ex) {
			return null;
		}
	}

	void write(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
		log.error(
				"The database cannot store changes ({} {}): answering 503. Free disk space or make the data "
						+ "directory writable; Rapport recovers on its own once it can write again.",
				request.getMethod(), request.getRequestURI(), failure);
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		Locale locale = request.getLocale();
		String title = this.messages.getMessage("storage.unavailable.title", null, locale);
		String detail = this.messages.getMessage("storage.unavailable.detail", null, locale);
		response.setCharacterEncoding("UTF-8");
		PrintWriter out = response.getWriter();
		if (isApi(request)) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			out.write(ProblemResponses.json(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail),
					request.getRequestURI()));
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			String back = this.messages.getMessage("storage.unavailable.back", null, locale);
			out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
					+ "content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title)
					+ "</title><link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\">"
					+ "<link rel=\"stylesheet\" href=\"/css/rapport.css\"></head><body><main class=\"container py-5\">"
					+ "<h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
					+ "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(back) + "</a></p></main></body></html>");
		}
		out.flush();
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

}
