package dev.rapport.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one way an RFC 9457 problem detail is written where Spring MVC's message converters
 * cannot write it: in filters, security handlers, exception resolvers that run before a
 * controller is chosen, and the servlet container's error report. The body has the same
 * shape the converters give a {@link ProblemDetail} (type, title, status, detail and
 * instance at the top level, then its properties such as {@code errors}), so an API
 * client sees one format whichever layer refused the request.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	/**
	 * Writes {@code problem} as the response: its status, the problem+json content type
	 * and the body, with the request's path as the instance. Headers such as
	 * {@code Retry-After} or {@code WWW-Authenticate} are the caller's to add.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), body(problem, request.getRequestURI()));
	}

	/** The body as JSON text, for writers that hold a character writer. */
	public static String json(ProblemDetail problem, String instance) {
		return JSON.writeValueAsString(body(problem, instance));
	}

	static Map<String, Object> body(ProblemDetail problem, String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		body.put("title", (problem.getTitle() != null) ? problem.getTitle()
				: HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", instance);
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

}
