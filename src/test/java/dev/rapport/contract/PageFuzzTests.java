package dev.rapport.contract;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.rapport.account.AccountPrincipal;
import org.junit.jupiter.api.Test;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls the signed-in pages of a running app and submits every form (with a valid CSRF
 * token) and follows every link with one field or parameter replaced by hostile input:
 * NUL, control and bidi characters, invisible text, template braces, absurd dates and
 * numbers, huge text, markup, and off-site redirect targets in {@code returnTo}. The
 * answer must never be a 5xx; it is the page or form again (with a message) or a redirect
 * that stays on the site. New pages and forms are crawled as they appear. Fixed seed and
 * tries in CI ({@link FuzzSettings}).
 */
class PageFuzzTests {

	private static final List<String> HOSTILE = List.of("", " ", "a\u0000b", "\u0000", "bell\u0007", "\u200b\u200d",
			"Ana\u202Egnp.exe", "\u2066\u2069", "{x}", "/{x}", "${x}", "//evil.example", "https://evil.example/",
			"/\\evil.example", "\\\\evil.example", "/%2e%2e/%2e%2e/etc", "javascript:alert(1)",
			"<script>alert(1)</script>", "-5000-01-01", "+10000-01-01", "0000-00-00", "2026-02-30", "2026-11-17T10:00",
			"99999999999999999999", "2147483648", "-1", "0", "1.5", "abc", "x".repeat(20_000), "é\u0301",
			"\r\nSet-Cookie: x=1", "%00", "null", "/\u00e9t\u00e9", "/a b", "true", "ON");

	private static Site site;

	@Test
	void pagesAnswerHostileFormsAndLinksWithoutServerErrors() {
		Site crawled = site();
		FuzzSettings.forEachCase(100, random -> new Submission(random.nextInt(crawled.targets()), random.nextInt(1000),
				FuzzSettings.oneOf(random, HOSTILE)), crawled::submit);
	}

	private static synchronized Site site() {
		if (site == null) {
			site = new Site(FuzzServer.get());
		}
		return site;
	}

	record Submission(int target, int field, String value) {

		@Override
		public String toString() {
			String shown = this.value.length() > 40 ? this.value.substring(0, 40) + "…" : this.value;
			return "target " + this.target + ", field " + this.field + " = " + shown.replace("\u0000", "\\0");
		}

	}

	/**
	 * A form found on a page: where it was, so a fresh CSRF token can be read before each
	 * submit.
	 */
	record FormTarget(String page, int index, String action) {
	}

	static final class Site {

		private static final Set<String> SKIPPED_PREFIXES = Set.of("/logout", "/webjars", "/css", "/js", "/images",
				"/favicon", "/v3", "/swagger-ui", "/api", "/error", "/actuator", "/login", "/signup");

		private final FuzzServer server;

		private final HttpClient browser;

		private final AccountPrincipal user;

		private final List<FormTarget> forms = new ArrayList<>();

		private final List<String> links = new ArrayList<>();

		Site(FuzzServer server) {
			this.server = server;
			this.browser = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			this.user = server.newUser("pages");
			seed();
			signIn();
			crawl();
		}

		int targets() {
			return this.forms.size() + this.links.size();
		}

		/**
		 * A few records of each kind, so the pages that show one have something to show.
		 */
		private void seed() {
			String token = this.server.tokenOf(this.user);
			String base = this.server.base();
			for (String name : List.of("Ana", "Bruno")) {
				HttpResponse<String> contact = this.server
					.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/contacts"))
						.header("Authorization", "Bearer " + token)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers
							.ofString("{\"firstName\": \"" + name + "\", \"tags\": [\"fuzz\"]}")));
				String id = contact.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
				this.server.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/interactions"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"date\": \"2026-11-10\", \"kind\": \"COFFEE\", "
							+ "\"direction\": \"MUTUAL\", \"participantIds\": [" + id + "]}")));
				this.server.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/follow-ups"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"contactId\": " + id
							+ ", \"title\": \"Send it\", \"dueOn\": \"2026-11-25\", \"side\": \"I_OWE\"}")));
			}
		}

		private void signIn() {
			Document login = Jsoup.parse(get("/login").body());
			String csrf = login.select("input[name=_csrf]").attr("value");
			HttpResponse<String> signedIn = post("/login",
					form(Map.of("username", this.user.email(), "password", FuzzServer.PASSWORD, "_csrf", csrf)));
			assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		}

		private void crawl() {
			Deque<String> queue = new ArrayDeque<>(List.of("/"));
			Set<String> seen = new LinkedHashSet<>(queue);
			Set<String> patterns = new LinkedHashSet<>();
			while (!queue.isEmpty() && seen.size() < 80) {
				String page = queue.poll();
				HttpResponse<String> response = get(page);
				assertThat(response.statusCode()).as("crawling %s", page).isLessThan(500);
				if (response.statusCode() != 200
						|| !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
					continue;
				}
				Document document = Jsoup.parse(response.body(), this.server.base() + page);
				List<Element> forms = document.select("form");
				for (int i = 0; i < forms.size(); i++) {
					Element form = forms.get(i);
					String action = localPath(
							form.absUrl("action").isEmpty() ? this.server.base() + page : form.absUrl("action"));
					boolean sensitive = !form.select("input[type=password]").isEmpty();
					// one form per action shape (ids replaced), so a list of 20 rows is
					// not 20 targets
					if (action != null && !skipped(action) && !sensitive && patterns
						.add(form.attr("method").toLowerCase(Locale.ROOT) + " " + action.replaceAll("\\d+", "N"))) {
						this.forms.add(new FormTarget(page, i, action));
					}
				}
				for (Element link : document.select("a[href]")) {
					String target = localPath(link.absUrl("href"));
					if (target != null && !skipped(target) && seen.add(target)) {
						queue.add(target);
						if (patterns.add("link " + target.replaceAll("\\d+", "N"))) {
							this.links.add(target);
						}
					}
				}
			}
			assertThat(this.forms).as("forms found on the signed-in pages").isNotEmpty();
		}

		void submit(Submission submission) {
			if (submission.target() < this.forms.size()) {
				submitForm(this.forms.get(submission.target()), submission);
			}
			else {
				followLink(this.links.get(submission.target() - this.forms.size()), submission);
			}
		}

		private void submitForm(FormTarget target, Submission submission) {
			HttpResponse<String> page = get(target.page());
			if (page.statusCode() != 200) {
				return; // what the form was about was deleted by an earlier try
			}
			Document document = Jsoup.parse(page.body(), this.server.base() + target.page());
			List<Element> forms = document.select("form");
			if (target.index() >= forms.size()) {
				return;
			}
			Element form = forms.get(target.index());
			Map<String, List<String>> fields = fieldsOf(form);
			List<String> names = new ArrayList<>(fields.keySet());
			names.remove("_csrf");
			String field = names.isEmpty() ? "returnTo" : names.get(submission.field() % names.size());
			if (submission.field() % 7 == 0) {
				field = "returnTo"; // every form also gets an odd redirect target now and
									// then
			}
			fields.put(field, List.of(submission.value()));
			String method = form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase(Locale.ROOT);
			String body = encode(fields);
			HttpResponse<String> response = method.equals("post") ? post(target.action(), body)
					: get(target.action() + (target.action().contains("?") ? "&" : "?") + body);
			assertAnswer(response,
					method.toUpperCase(Locale.ROOT) + " " + target.action() + " with " + field + " = " + submission);
		}

		private void followLink(String link, Submission submission) {
			String separator = link.contains("?") ? "&" : "?";
			String name = List.of("returnTo", "page", "q", "week", "contactId", "sort", "tier", "tag", "status")
				.get(submission.field() % 9);
			String url = link + separator + URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(submission.value(), StandardCharsets.UTF_8);
			assertAnswer(get(url), "GET " + url);
		}

		private void assertAnswer(HttpResponse<String> response, String request) {
			int status = response.statusCode();
			assertThat(status).as("never a 5xx: %s answered %s", request, abbreviate(response.body())).isLessThan(500);
			if (status >= 300 && status < 400) {
				String location = response.headers().firstValue("Location").orElse("");
				assertThat(isOnSite(location)).as("%s redirected off the site to %s", request, location).isTrue();
				if (location.contains("/login")) {
					signIn(); // a form that signs out (or a rejected session) should not
								// end the run
				}
			}
		}

		private boolean isOnSite(String location) {
			if (location.startsWith("/")) {
				return !location.startsWith("//") && !location.startsWith("/\\");
			}
			URI uri = URI.create(location);
			URI base = URI.create(this.server.base());
			return base.getHost().equalsIgnoreCase(uri.getHost()) && base.getPort() == uri.getPort();
		}

		private static Map<String, List<String>> fieldsOf(Element form) {
			Map<String, List<String>> fields = new LinkedHashMap<>();
			for (Element input : form.select("input[name], select[name], textarea[name], button[name]")) {
				String name = input.attr("name");
				String type = input.attr("type").toLowerCase(Locale.ROOT);
				String value;
				if (input.tagName().equals("select")) {
					Element option = input.selectFirst("option[selected]");
					option = option != null ? option : input.selectFirst("option");
					value = option != null ? option.attr("value") : "";
				}
				else if (input.tagName().equals("textarea")) {
					value = input.text();
				}
				else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
					continue;
				}
				else if (input.tagName().equals("button") || type.equals("submit")) {
					continue;
				}
				else {
					value = input.attr("value");
				}
				fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
			}
			return fields;
		}

		private String localPath(String url) {
			if (url == null || !url.startsWith(this.server.base() + "/")) {
				return null;
			}
			String path = url.substring(this.server.base().length());
			int hash = path.indexOf('#');
			return hash >= 0 ? path.substring(0, hash) : path;
		}

		private static boolean skipped(String path) {
			return SKIPPED_PREFIXES.stream().anyMatch(path::startsWith) || path.contains("sample");
		}

		private HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(uri(path)).GET());
		}

		private HttpResponse<String> post(String path, String form) {
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		private URI uri(String path) {
			return URI.create(this.server.base() + path);
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return this.browser.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new IllegalStateException("The server did not answer " + request.build().uri(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static String form(Map<String, String> fields) {
			Map<String, List<String>> lists = new LinkedHashMap<>();
			fields.forEach((name, value) -> lists.put(name, List.of(value)));
			return encode(lists);
		}

		private static String encode(Map<String, List<String>> fields) {
			StringBuilder body = new StringBuilder();
			fields.forEach((name, values) -> values.forEach(value -> {
				if (!body.isEmpty()) {
					body.append('&');
				}
				body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}));
			return body.toString();
		}

		private static String abbreviate(String text) {
			return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
		}

	}

}
