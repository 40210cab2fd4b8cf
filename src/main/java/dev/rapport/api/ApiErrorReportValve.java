package dev.rapport.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat refuses some requests before Spring sees them: a path with an encoded NUL
 * ({@code %00}), invalid UTF-8 or an encoded slash, a malformed request line. Its own
 * error page would answer them in HTML; for {@code /api/} paths this valve answers the
 * same status as a problem detail, like every other API error. Everything else keeps
 * Tomcat's (and Spring's) error pages.
 */
public class ApiErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		String uri = request.getRequestURI();
		if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", status == 400 ? "Bad Request" : "Error");
		problem.put("status", status);
		problem.put("detail",
				status == 400
						? "The request cannot be read: its path or headers hold characters "
								+ "that are not allowed (such as %00 or invalid UTF-8)."
						: "The server could not handle the request.");
		problem.put("instance", uri);
		if (status == 400) {
			problem.put("errors",
					List.of(Map.of("field", "path", "message", "must be a valid, plainly encoded URL path")));
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone; nothing more to say
		}
	}

}
