package dev.rapport.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's contract as the live {@code /v3/api-docs} states it, and the check of one
 * exchange against it: the response must be one the document lists for the operation,
 * with a body that matches its schema, and a request the document calls invalid must be
 * refused with a 4xx (the API may be stricter than its document, never looser). Every
 * checked exchange is recorded, so {@code DocumentedStatusCodesTests} can compare the
 * codes seen with the codes documented.
 * <p>
 * One instance per document text, shared by every test of the JVM (the document is the
 * same in every application context).
 */
public final class ApiContract {

	private static final Map<String, ApiContract> BY_DOCUMENT = new ConcurrentHashMap<>();

	/**
	 * Status codes seen per operation ("POST /api/v1/contacts"), over the whole test run.
	 */
	private static final Map<String, Set<Integer>> OBSERVED = new ConcurrentHashMap<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String document;

	private final OpenApiInteractionValidator validator;

	private final Map<String, Map<String, Set<String>>> documented;

	private final List<Template> templates;

	private ApiContract(String document) {
		this.document = document;
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
			// errors are problem+json whatever the client accepts (RFC 9457 allows it),
			// so an Accept of
			// application/json on a call whose only body is an error is not the client's
			// mistake
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
				.build())
			.build();
		this.documented = documentedCodes(JSON.readTree(document));
		this.templates = this.documented.keySet()
			.stream()
			.map(Template::new)
			// literal segments before variables, so /reconnect/{id}/done never shadows a
			// literal path
			.sorted(Comparator.comparingInt(Template::variables).thenComparing(Template::path))
			.toList();
	}

	public static ApiContract of(String document) {
		return BY_DOCUMENT.computeIfAbsent(document, ApiContract::new);
	}

	/**
	 * The contract a running server publishes, for tests that talk HTTP instead of
	 * MockMvc.
	 */
	public static ApiContract ofServer(String base) {
		return of(send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build())
			.body());
	}

	/**
	 * Sends a request to a running server over real HTTP and fails unless the exchange
	 * keeps the server's document, as every MockMvc API call does. {@code body} is what
	 * the request sends (a {@link HttpRequest} cannot be read back); multipart bodies are
	 * not validated, so tests may pass an empty array for them.
	 */
	public static HttpResponse<String> sendChecked(HttpClient http, HttpRequest request, byte[] body) {
		HttpResponse<String> response = send(http, request);
		URI uri = request.uri();
		String base = uri.getScheme() + "://" + uri.getAuthority();
		List<String> problems = ofServer(base)
			.check(FuzzServer.exchange(request.method(), uri, request.headers().map(), body, response));
		if (!problems.isEmpty()) {
			throw new AssertionError(request.method() + " " + uri + " broke the API's contract: " + problems);
		}
		return response;
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String document() {
		return this.document;
	}

	public JsonNode tree() {
		return JSON.readTree(this.document);
	}

	/**
	 * Operations and their documented status codes: path → method (upper case) → codes.
	 */
	public Map<String, Map<String, Set<String>>> documented() {
		return this.documented;
	}

	public static Map<String, Set<Integer>> observed() {
		return OBSERVED;
	}

	/** The documented path template a concrete path belongs to, or null if none. */
	public String templateOf(String path) {
		for (Template template : this.templates) {
			if (template.pattern.matcher(path).matches()) {
				return template.path;
			}
		}
		return null;
	}

	/**
	 * Checks one exchange; returns what is wrong (empty if nothing). Paths and methods
	 * the document does not describe are left alone: they are the 404/405 cases of the
	 * tests of unknown paths.
	 */
	public List<String> check(Exchange exchange) {
		String template = templateOf(exchange.path());
		if (template == null || !this.documented.get(template).containsKey(exchange.method())) {
			return List.of();
		}
		OBSERVED.computeIfAbsent(exchange.method() + " " + template, key -> new ConcurrentSkipListSet<>())
			.add(exchange.status());
		SimpleRequest request = request(exchange);
		SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
		exchange.responseHeaders().forEach(response::withHeader);
		if (exchange.responseContentType() != null) {
			response.withContentType(exchange.responseContentType());
		}
		// An empty text download (a vCard file of an account without contacts) is still a
		// body.
		boolean textDownload = exchange.responseContentType() != null
				&& exchange.responseContentType().startsWith("text/");
		if (exchange.responseBody() != null && (!exchange.responseBody().isEmpty() || textDownload)) {
			response.withBody(exchange.responseBody());
		}
		List<String> problems = new ArrayList<>();
		ValidationReport requestReport = withoutMultipartBody(this.validator.validateRequest(request), exchange);
		if (requestReport.hasErrors() && (exchange.status() < 400 || exchange.status() >= 500)) {
			problems.add("the document calls the request invalid, but it was answered " + exchange.status() + ": "
					+ describe(requestReport));
		}
		ValidationReport responseReport = this.validator.validateResponse(exchange.path(), request.getMethod(),
				response.build());
		if (textDownload && (exchange.responseBody() == null || exchange.responseBody().isEmpty())) {
			// the validator cannot tell an empty file from no body at all
			responseReport = ValidationReport.from(responseReport.getMessages()
				.stream()
				.filter(message -> !message.getKey().equals("validation.response.body.missing"))
				.toList());
		}
		if (responseReport.hasErrors()) {
			problems.add("the response differs from the document: " + describe(responseReport));
		}
		return problems;
	}

	/**
	 * The validator cannot read multipart bodies; their parts are checked by the tests
	 * themselves.
	 */
	private static ValidationReport withoutMultipartBody(ValidationReport report, Exchange exchange) {
		boolean multipart = exchange.headers()
			.entrySet()
			.stream()
			.anyMatch(header -> header.getKey().equalsIgnoreCase("Content-Type") && header.getValue()
				.stream()
				.anyMatch(value -> value.toLowerCase(Locale.ROOT).startsWith("multipart/")));
		if (!multipart) {
			return report;
		}
		return ValidationReport.from(report.getMessages()
			.stream()
			.filter(message -> !message.getKey().startsWith("validation.request.body"))
			.toList());
	}

	private static SimpleRequest request(Exchange exchange) {
		SimpleRequest.Builder builder = new SimpleRequest.Builder(exchange.method(), exchange.path());
		exchange.query().forEach(builder::withQueryParam);
		exchange.headers().forEach(builder::withHeader);
		if (exchange.requestBody() != null && exchange.requestBody().length > 0) {
			builder.withBody(exchange.requestBody());
		}
		return builder.build();
	}

	/** Whether the document calls the request invalid (so the API must refuse it). */
	public boolean requestIsInvalid(Exchange exchange) {
		return withoutMultipartBody(this.validator.validateRequest(request(exchange)), exchange).hasErrors();
	}

	private static String describe(ValidationReport report) {
		StringBuilder text = new StringBuilder();
		report.getMessages()
			.stream()
			.filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
			.forEach(
					message -> text.append("\n  [").append(message.getKey()).append("] ").append(message.getMessage()));
		return text.toString();
	}

	private static Map<String, Map<String, Set<String>>> documentedCodes(JsonNode document) {
		Map<String, Map<String, Set<String>>> codes = new LinkedHashMap<>();
		document.path("paths").properties().forEach(path -> {
			Map<String, Set<String>> methods = new LinkedHashMap<>();
			path.getValue().properties().forEach(operation -> {
				Set<String> statuses = new ConcurrentSkipListSet<>();
				operation.getValue().path("responses").propertyNames().forEach(statuses::add);
				methods.put(operation.getKey().toUpperCase(Locale.ROOT), statuses);
			});
			codes.put(path.getKey(), methods);
		});
		return codes;
	}

	/** What a test sent and got back, whatever client it used. */
	public record Exchange(String method, String path, Map<String, List<String>> query,
			Map<String, List<String>> headers, byte[] requestBody, int status, String responseContentType,
			Map<String, List<String>> responseHeaders, String responseBody) {
	}

	private record Template(String path, Pattern pattern, int variables) {

		Template(String path) {
			this(path, Pattern.compile("^" + Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q") + "/?$"),
					(int) path.chars().filter(c -> c == '{').count());
		}

	}

	static {
		// Referenced so the validator's request method type is loaded with this class
		// (fail early).
		Request.Method.values();
	}

}
