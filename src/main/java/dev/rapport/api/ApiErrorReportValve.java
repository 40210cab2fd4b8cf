package dev.rapport.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import dev.rapport.shared.web.ProblemResponses;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat refuses some requests before Spring sees them: a path with an encoded NUL
 * ({@code %00}), invalid UTF-8 or an encoded slash, a malformed request line. Its own
 * error page would answer them in HTML; for {@code /api/} paths this valve answers the
 * same status as a problem detail, like every other API error. Everything else keeps
 * Tomcat's (and Spring's) error pages.
 */
public class ApiErrorReportValve extends ErrorReportValve {

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
		ProblemDetail problem = (status == 400)
				? ApiProblemAdvice.invalid(
						"The request cannot be read: its path or headers hold characters "
								+ "that are not allowed (such as %00 or invalid UTF-8).",
						List.of(new FieldProblem("path", "must be a valid, plainly encoded URL path")))
				: ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
						"The server could not handle the request.");
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(ProblemResponses.json(problem, uri));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone; nothing more to say
		}
	}

}
