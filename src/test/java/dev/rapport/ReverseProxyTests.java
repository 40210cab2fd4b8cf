package dev.rapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Caddy and nginx examples of {@code docs/reverse-proxy.md}, checked against a
 * running app: each request carries exactly the headers that proxy sends (read from the
 * page), over a real socket, so Tomcat's trusted-proxy handling is what decides. The app
 * serves under {@code /rapport} and trusts only 127.0.0.1 here, so a request from
 * 127.0.0.2 plays a visitor that is not a proxy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:reverse-proxy-${random.uuid};DB_CLOSE_DELAY=-1",
				"server.servlet.context-path=/rapport", "server.forward-headers-strategy=native",
				"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1" })
@ActiveProfiles("test")
class ReverseProxyTests {

	static final Path GUIDE = Path.of("docs/reverse-proxy.md");

	static final String VISITOR = "198.51.100.23";

	@Value("${local.server.port}")
	int port;

	@Test
	void caddyExample() throws IOException {
		String caddy = codeBlock("caddy");
		assertThat(caddy).contains("handle /rapport*").contains("reverse_proxy 127.0.0.1:8080");
		// Caddy's reverse_proxy keeps Host and adds these three by itself.
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Host", "example.org");
		headers.put("X-Forwarded-For", VISITOR);
		headers.put("X-Forwarded-Proto", "https");
		headers.put("X-Forwarded-Host", "example.org");
		behavesBehindTheProxy(headers);
	}

	@Test
	void nginxExample() throws IOException {
		String nginx = codeBlock("nginx");
		assertThat(nginx).contains("location /rapport/").contains("proxy_pass http://127.0.0.1:8080;");
		Map<String, String> headers = new LinkedHashMap<>();
		Matcher header = Pattern.compile("proxy_set_header\\s+(\\S+)\\s+(\\S+);").matcher(nginx);
		while (header.find()) {
			headers.put(header.group(1), switch (header.group(2)) {
				case "$host" -> "example.org";
				case "$scheme" -> "https";
				case "$proxy_add_x_forwarded_for", "$remote_addr" -> VISITOR;
				default -> throw new IllegalStateException("Unknown nginx variable " + header.group(2));
			});
		}
		assertThat(headers).containsKeys("Host", "X-Forwarded-For", "X-Forwarded-Proto");
		behavesBehindTheProxy(headers);
	}

	@Test
	void theSameHeadersFromAnUntrustedAddressChangeNothing() throws IOException {
		Map<String, String> forged = Map.of("X-Forwarded-For", VISITOR, "X-Forwarded-Proto", "https",
				"X-Forwarded-Host", "example.org");
		Response response = get("127.0.0.2", "/rapport/contacts", forged);
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).startsWith("http://").doesNotContain("example.org");
		assertThat(response.cookies()).isNotEmpty().noneMatch(cookie -> cookie.contains("Secure"));
	}

	@Test
	void theHealthCheckOfTheTwoInstanceExampleAnswersReady() throws IOException {
		Matcher uri = Pattern.compile("health_uri (\\S+)").matcher(Files.readString(GUIDE));
		assertThat(uri.find()).as("a health_uri in %s", GUIDE).isTrue();

		Response health = get("127.0.0.1", uri.group(1), Map.of());

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	private void behavesBehindTheProxy(Map<String, String> headers) throws IOException {
		Response first = get("127.0.0.1", "/rapport/contacts", headers);
		assertThat(first.status()).isEqualTo(302);
		assertThat(first.header("Location")).startsWith("https://example.org/rapport/");
		assertThat(first.cookies()).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("Path=/rapport"));

		// Follow the redirects (sign-in, then sign-up on this empty installation) to a
		// page.
		Response page = first;
		for (int hops = 0; page.status() == 302 && hops < 3; hops++) {
			String location = page.header("Location");
			assertThat(location).startsWith("https://example.org/rapport/");
			page = get("127.0.0.1", location.substring("https://example.org".length()), headers);
		}
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("action=\"/rapport/").contains("href=\"/rapport/");
		assertThat(page.body()).doesNotContain("href=\"/webjars")
			.doesNotContain("src=\"/webjars")
			.doesNotContain("action=\"/signup")
			.doesNotContain("action=\"/login");
	}

	private static String codeBlock(String language) throws IOException {
		Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
			.matcher(Files.readString(GUIDE));
		assertThat(block.find()).as("a ```%s block in %s", language, GUIDE).isTrue();
		return block.group(1);
	}

	/**
	 * A plain HTTP/1.0 request from the given local address, as a proxy (or a visitor)
	 * sends it.
	 */
	private Response get(String from, String path, Map<String, String> headers) throws IOException {
		try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), this.port, InetAddress.getByName(from),
				0)) {
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\n");
			if (!headers.containsKey("Host")) {
				request.append("Host: 127.0.0.1:").append(this.port).append("\r\n");
			}
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return Response.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	record Response(int status, List<String> headerLines, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, end).split("\r\n");
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), List.of(lines).subList(1, lines.length),
					raw.substring(end + 4));
		}

		String header(String name) {
			return this.headerLines.stream()
				.filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map(line -> line.substring(name.length() + 1).strip())
				.findFirst()
				.orElse(null);
		}

		List<String> cookies() {
			List<String> cookies = new ArrayList<>();
			for (String line : this.headerLines) {
				if (line.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
					cookies.add(line.substring(11).strip());
				}
			}
			return cookies;
		}

	}

}
