package dev.rapport.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.shared.web.ProblemResponses;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses suspicious request paths before any controller runs:
 * an encoded NUL ({@code %00}), an encoded dot segment ({@code %2e%2e}), a {@code ;} path
 * parameter, a double slash. The refusal stays a 400; an API client gets it as a problem
 * detail naming the path, like every other API error, and a browser the 400 error page.
 */
@Component
class RejectedRequestProblems implements RequestRejectedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		String uri = request.getRequestURI();
		if (uri == null || !uri.startsWith(request.getContextPath() + "/api/")) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		ProblemResponses.write(request, response,
				ApiProblemAdvice.invalid("The request path contains characters or segments that are not allowed.",
						List.of(new FieldProblem("path", "must not contain %00, %2e, %2f, ; or //"))));
	}

}
