package dev.rapport.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.importing.ImportingProperties;
import dev.rapport.shared.web.ProblemResponses;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that fail before any API controller is chosen: an
 * unmapped path (404), an unsupported method (405) or content type (415), an upload above
 * the servlet container's multipart limit (413), a malformed multipart body (400).
 * {@link ApiProblemAdvice} cannot answer these, since it only advises the API's
 * controllers and there is none yet; without this they would get Boot's {@code /error}
 * JSON, or the import page's redirect for a large upload. Runs first and only for
 * {@code /api/} paths, so the pages keep their own error handling.
 */
@Component
class ApiFrameworkErrors implements HandlerExceptionResolver, Ordered {

	private final ImportingProperties importLimits;

	ApiFrameworkErrors(ImportingProperties importLimits) {
		this.importLimits = importLimits;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (handler instanceof HandlerMethod || !isApiRequest(request)) {
			return null;
		}
		ProblemDetail problem;
		HttpHeaders headers = HttpHeaders.EMPTY;
		if (ex instanceof ErrorResponse error) {
			problem = problemOf(error);
			headers = error.getHeaders();
		}
		else if (ex instanceof MultipartException) {
			problem = ApiProblemAdvice.invalid("The multipart body is malformed.",
					List.of(new FieldProblem(null, "must be a well-formed multipart/form-data body")));
		}
		else {
			return null;
		}
		try {
			headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			ProblemResponses.write(request, response, problem);
		}
		catch (IOException | RuntimeException writeFailure) {
			return null;
		}
		return new ModelAndView();
	}

	private ProblemDetail problemOf(ErrorResponse error) {
		if (error instanceof MaxUploadSizeExceededException) {
			return ApiProblemAdvice.tooLarge(this.importLimits.maxFileSize());
		}
		if (error instanceof NoResourceFoundException) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no API endpoint at this path.");
		}
		return error.getBody();
	}

	private static boolean isApiRequest(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
