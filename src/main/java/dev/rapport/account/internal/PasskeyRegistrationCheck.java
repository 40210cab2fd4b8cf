package dev.rapport.account.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards Spring's {@code POST /webauthn/register}: the passkey's name must be 1 to
 * {@value #LABEL_MAX} characters (Spring stores whatever it is given, and a missing one
 * would fail in the database), the request must be of a sane size, and a registration the
 * relying party refuses (wrong origin, a passkey already registered, a forged
 * attestation) answers {@code 400 {"success":false}} rather than a server error.
 */
class PasskeyRegistrationCheck extends OncePerRequestFilter {

	static final int LABEL_MAX = 64;

	/** Attestations are a few kilobytes; anything far beyond is not a passkey. */
	static final int BODY_MAX = 64 * 1024;

	private static final Logger log = LoggerFactory.getLogger(PasskeyRegistrationCheck.class);

	private static final RequestMatcher REGISTER = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/webauthn/register");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !REGISTER.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(BODY_MAX + 1);
		if (body.length > BODY_MAX || !hasAcceptableLabel(body)) {
			refuse(response);
			return;
		}
		try {
			chain.doFilter(new ReadAgain(request, body), response);
		}
		catch (RuntimeException refused) {
			if (response.isCommitted()) {
				throw refused;
			}
			log.info("Passkey registration refused: {}", refused.getMessage());
			response.resetBuffer();
			refuse(response);
		}
	}

	private static boolean hasAcceptableLabel(byte[] body) {
		try {
			JsonNode label = JSON.readTree(body).path("publicKey").path("label");
			String text = label.isString() ? label.asString().strip() : "";
			return !text.isEmpty() && text.length() <= LABEL_MAX;
		}
		catch (RuntimeException notJson) {
			return false;
		}
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType("application/json");
		response.getWriter().write("{\"success\":false}");
	}

	/**
	 * The request with its body, already read here, readable once more for Spring's
	 * filter.
	 */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

	}

}
