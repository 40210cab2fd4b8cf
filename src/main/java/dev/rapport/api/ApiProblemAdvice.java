package dev.rapport.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.rapport.importing.ImportFileRejectedException;
import dev.rapport.importing.UploadTooLargeException;
import dev.rapport.shared.FieldRuleViolation;
import dev.rapport.shared.NotFoundException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API call into an RFC 9457 problem detail: 400 with an
 * {@code errors} array of {@code {field, message}} for anything wrong with the request,
 * 404 for ids that are unknown or someone else's (alike, so ids reveal nothing), 409 for
 * a stale {@code version}, 413 for an upload above the import's limit, 422 for a file
 * that is not a LinkedIn export, and a bare 500 for the unexpected, never with a stack
 * trace or an exception message. Framework errors (405, 415, ...) come from
 * {@link ResponseEntityExceptionHandler}, or from {@link ApiFrameworkErrors} when they
 * happen before an API controller is chosen.
 */
@RestControllerAdvice(basePackages = "dev.rapport.api")
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	static final String INVALID_DETAIL = "The request has invalid fields.";

	private final MessageSource messages;

	ApiProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such resource, or it is not yours.");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleEdit(OptimisticLockingFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"It was changed since the version you sent. Fetch it again and reapply your change.");
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalidRequest(BindException ex) {
		return invalid(INVALID_DETAIL, fieldProblems(ex.getBindingResult()));
	}

	@ExceptionHandler(FieldRuleViolation.class)
	ProblemDetail brokenRule(FieldRuleViolation ex) {
		return invalidField(ex.field(), ex.messageKey(), ex.messageArguments());
	}

	/**
	 * 422 rather than 415: the media type is right (a CSV upload), its content is not
	 * what was promised.
	 */
	@ExceptionHandler(ImportFileRejectedException.class)
	ProblemDetail rejectedFile(ImportFileRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("The file cannot be imported");
		problem.setProperty("reason", ex.reason());
		ex.lineNumber().ifPresent(line -> problem.setProperty("line", line));
		return problem;
	}

	@ExceptionHandler(UploadTooLargeException.class)
	ProblemDetail uploadTooLarge(UploadTooLargeException ex) {
		return tooLarge(ex.limit());
	}

	/**
	 * The same answer whether the file or the servlet container's multipart limit was
	 * passed first.
	 */
	static ProblemDetail tooLarge(DataSize limit) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The file is larger than " + limit.toMegabytes() + " MB; nothing was imported.");
	}

	/** A multipart body that cannot be parsed once the controller reads it. */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail malformedMultipart(MultipartException ex) {
		return invalid("The multipart body is malformed.",
				List.of(new FieldProblem(null, "must be a well-formed multipart/form-data body")));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		logger.error("API request failed", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; nothing was changed.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(INVALID_DETAIL, fieldProblems(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldProblem(parameterName(result, error), error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalid(INVALID_DETAIL, problems));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalid(INVALID_DETAIL, List.of(new FieldProblem(ex.getRequestPartName(), "is required"))));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName();
		String message = "has an invalid value" + (ex.getRequiredType() != null && ex.getRequiredType().isEnum()
				? " (one of " + enumValues(ex.getRequiredType()) + ")" : "");
		return ResponseEntity.badRequest().body(invalid(INVALID_DETAIL, List.of(new FieldProblem(field, message))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			return ResponseEntity.badRequest()
				.body(invalid(INVALID_DETAIL, List.of(new FieldProblem(pathOf(json), messageFor(json)))));
		}
		return ResponseEntity.badRequest()
			.body(invalid("The request body is missing or is not valid JSON.",
					List.of(new FieldProblem(null, "must be a JSON object"))));
	}

	/** Says what the value should have been, since the strict reader coerces nothing. */
	private static String messageFor(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a property of this request";
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "must be " + expected(mismatch.getTargetType());
		}
		return "has an invalid value";
	}

	private static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + enumValues(type);
		}
		if (type == LocalDate.class) {
			return "a date string like 2026-11-18, between 1900-01-01 and 2100-12-31";
		}
		if (type == String.class) {
			return "a string without control characters";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
			return "a whole number";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		return "a value of the documented type";
	}

	private ProblemDetail invalidField(String field, String messageKey, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = this.messages.getMessage(messageKey, arguments, messageKey, locale);
		return invalid(INVALID_DETAIL, List.of(new FieldProblem(field, message)));
	}

	static ProblemDetail invalid(String detail, List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("errors", problems);
		return problem;
	}

	/**
	 * One entry per field: a value that breaks two rules (a far-future birthday) gets
	 * both messages in one.
	 */
	private static List<FieldProblem> fieldProblems(BindingResult result) {
		List<FieldProblem> problems = new ArrayList<>();
		result.getGlobalErrors().forEach(error -> problems.add(new FieldProblem(null, error.getDefaultMessage())));
		Map<String, SortedSet<String>> byField = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			byField.computeIfAbsent(error.getField(), field -> new TreeSet<>()).add(error.getDefaultMessage());
		}
		byField.forEach((field, messages) -> problems.add(new FieldProblem(field, String.join("; ", messages))));
		return problems;
	}

	private static String parameterName(ParameterValidationResult result, MessageSourceResolvable error) {
		if (error instanceof FieldError field) {
			return field.getField();
		}
		return result.getMethodParameter().getParameterName();
	}

	/** The JSON path of a bad value, such as {@code participantIds[1]}. */
	private static String pathOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String enumValues(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
	}

}
