package dev.rapport.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.shared.validation.TextRules;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query parameters are read before any controller's own rules, and Spring's conversion
 * trims them ({@code tier=%00} would become "no tier"), so what cannot be taken as sent
 * is refused here with a 400: percent-encoding that is not valid UTF-8, NUL and other
 * control characters, broken UTF-16. API parameters must also not be empty or start or
 * end with spaces (a page's search box may). API requests get a problem detail naming the
 * parameter; pages the 400 error page.
 */
@Component
class QueryStringRules extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			String name = decode(parts[0]);
			String value = parts.length > 1 ? decode(parts[1]) : "";
			String problem = null;
			if (name == null || value == null) {
				problem = "must be percent-encoded UTF-8";
			}
			else if (!TextRules.isStorable(name) || !TextRules.isStorable(value)) {
				problem = "must not contain control characters (such as NUL) or broken characters";
			}
			else if (api && !value.equals(value.strip())) {
				problem = "must not start or end with spaces";
			}
			else if (api && value.isEmpty()) {
				// Spring would read "?week=" as "no week" and "?page=" as the default
				// page: a client
				// that sends an empty value meant something, so it is told rather than
				// guessed at
				problem = "must not be empty; leave the parameter out instead";
			}
			if (problem != null) {
				refuse(request, response, api, name != null && TextRules.isStorable(name) ? name : null, problem);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, String name,
			String message) throws IOException {
		if (!api) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("field", name);
		field.put("message", message);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields.");
		problem.setProperty("errors", List.of(field));
		ProblemResponses.write(request, response, problem);
	}

	/** Strict percent-decoding: null for a broken escape or bytes that are not UTF-8. */
	static String decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length()) {
					return null;
				}
				int high = Character.digit(encoded.charAt(i + 1), 16);
				int low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(raw, 0, raw.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
