package dev.rapport.shared;

import java.net.URI;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to Rapport's own pages, for places a relative link does not work: mail,
 * calendar feeds, anything read outside the browser tab. {@code rapport.base-url} wins;
 * without it the link follows the current request (scheme, host and path prefix as a
 * trusted proxy forwarded them).
 */
@Component
public class PublicLinks {

	private final PublicAddressProperties properties;

	PublicLinks(PublicAddressProperties properties) {
		this.properties = properties;
	}

	/**
	 * @param path an application path such as {@code /contacts/12}
	 * @throws IllegalStateException outside a request when {@code rapport.base-url} is
	 * unset (a scheduled mail cannot guess the public address)
	 */
	public String to(String path) {
		String relative = path.startsWith("/") ? path : "/" + path;
		URI base = this.properties.baseUrl();
		if (base != null) {
			String root = base.toString();
			return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + relative;
		}
		if (RequestContextHolder.getRequestAttributes() == null) {
			throw new IllegalStateException(
					"Set rapport.base-url (RAPPORT_BASEURL) to the address people reach Rapport at, e.g. https://example.org/rapport");
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(relative).build().toUriString();
	}

}
