package dev.rapport.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security's firewall refuses suspicious request paths before any controller runs:
 * an encoded NUL ({@code %00}), an encoded dot segment ({@code %2e%2e}), a {@code ;} path
 * parameter, a double slash. The refusal stays a 400; an API client gets it as a problem
 * detail naming the path, like every other API error, and a browser the 400 error page.
 */
@Component
class RejectedRequestProblems implements RequestRejectedHandler {

	private final JsonMapper json;

	RejectedRequestProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		String uri = request.getRequestURI();
		if (uri == null || !uri.startsWith(request.getContextPath() + "/api/")) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", "Bad Request");
		body.put("status", HttpServletResponse.SC_BAD_REQUEST);
		body.put("detail", "The request path contains characters or segments that are not allowed.");
		body.put("instance", uri);
		body.put("errors", List.of(new FieldProblem("path", "must not contain %00, %2e, %2f, ; or //")));
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body);
	}

}
