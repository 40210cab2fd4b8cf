package dev.rapport.resilience;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Just enough of a client to sign up the owner over the real sign-up form and then use
 * the API.
 */
final class ApiClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String baseUrl;

	private final String token;

	private ApiClient(String baseUrl, String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	ApiClient at(String otherBaseUrl) {
		return new ApiClient(otherBaseUrl, this.token);
	}

	/**
	 * Signs up the owner through the form (CSRF token and all) and creates an API token.
	 */
	static ApiClient signUpOwner(String baseUrl, String email, String password) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = browser
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/signup")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new AssertionError("No CSRF token on the sign-up page:\n" + page);
		}
		String form = Map
			.of("_csrf", csrf.group(1), "displayName", "Owner", "email", email, "password", password, "timeZone",
					"Europe/Lisbon")
			.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpResponse<String> signedUp = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/signup"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedUp.statusCode() != 302) {
			throw new AssertionError("Sign-up answered " + signedUp.statusCode() + ":\n" + signedUp.body());
		}
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tokens"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"resilience\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() != 201) {
			throw new AssertionError("Token creation answered " + created.statusCode() + ":\n" + created.body());
		}
		return new ApiClient(baseUrl, JSON.readTree(created.body()).get("token").asString());
	}

	Response get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	Response post(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Response put(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Uploads a file as the multipart field {@code file}, with a timeout for a large
	 * import.
	 */
	Response postFile(String path, String fileName, byte[] content) throws IOException, InterruptedException {
		String boundary = "rapport-resilience-boundary";
		HttpRequest.Builder request = request(path).timeout(Duration.ofMinutes(5))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; "
							+ "name=\"file\"; filename=\"" + fileName + "\"\r\n\r\n", StandardCharsets.UTF_8),
					HttpRequest.BodyPublishers.ofByteArray(content),
					HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8)));
		return send(request);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json");
	}

	private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.body());
	}

	record Response(int status, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
