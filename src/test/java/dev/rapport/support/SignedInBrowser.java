package dev.rapport.support;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * One browser signed in through the real sign-in form (so it has a real session in the
 * database and, if asked, a remember-me cookie), sending its own User-Agent and address
 * with every request.
 */
public final class SignedInBrowser {

	public static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

	public static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

	private final MockMvcTester mvc;

	private final String email;

	private final String userAgent;

	private final String address;

	private final Cookie session;

	private final Cookie rememberMe;

	private SignedInBrowser(MockMvcTester mvc, String email, String userAgent, String address, Cookie session,
			Cookie rememberMe) {
		this.mvc = mvc;
		this.email = email;
		this.userAgent = userAgent;
		this.address = address;
		this.session = session;
		this.rememberMe = rememberMe;
	}

	public static SignedInBrowser signIn(MockMvcTester mvc, String email, String password, String userAgent,
			String address, boolean remember) {
		var request = mvc.post().uri("/login").header("User-Agent", userAgent).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("username", email).param("password", password);
		if (remember) {
			request = request.param("remember-me", "on");
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasRedirectedUrl("/");
		SignedInBrowser browser = new SignedInBrowser(mvc, email, userAgent, address,
				result.getResponse().getCookie("SESSION"), result.getResponse().getCookie("remember-me"));
		assertThat(browser.get("/")).hasStatusOk();
		return browser;
	}

	public String email() {
		return this.email;
	}

	public Cookie session() {
		return this.session;
	}

	public Cookie rememberMe() {
		return this.rememberMe;
	}

	public MvcTestResult get(String path) {
		return this.mvc.get().uri(path).header("User-Agent", this.userAgent).with(r -> {
			r.setRemoteAddr(this.address);
			return r;
		}).cookie(this.session).exchange();
	}

	public MvcTestResult post(String path, String... nameValuePairs) {
		var request = this.mvc.post().uri(path).header("User-Agent", this.userAgent).with(r -> {
			r.setRemoteAddr(this.address);
			return r;
		}).with(csrf()).cookie(this.session);
		for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
			request = request.param(nameValuePairs[i], nameValuePairs[i + 1]);
		}
		return request.exchange();
	}

	/** The page's HTML. */
	public static String body(MvcTestResult page) {
		return new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/**
	 * A request carrying only the remember-me cookie, as a browser restarted later would
	 * send.
	 */
	public MvcTestResult getWithRememberMeOnly(String path) {
		return this.mvc.get().uri(path).cookie(this.rememberMe).exchange();
	}

}
