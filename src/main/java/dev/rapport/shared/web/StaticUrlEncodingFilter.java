package dev.rapport.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (which writes a webjar's version into its
 * links, {@code /webjars/bootstrap/css/...} → {@code /webjars/bootstrap/5.3.8/css/...}),
 * asked only about links that name a file. The static resources are also served from
 * {@code /**}, so Spring's filter looks every link of a page up as a static resource:
 * {@code /contacts/42} or {@code /interactions/new?returnTo=/} is searched for in each
 * static location, that is in every jar on the class path, and a miss is not cached. On a
 * page with a few hundred links that was most of the page's fixed cost (a dashboard of 50
 * contacts took four times a plain page; docs/benchmarks.md). Every static resource of
 * the app and of the webjars has a file extension; a link whose last path segment has
 * none is passed on as is, which is what Spring's filter did with it after the search.
 */
class StaticUrlEncodingFilter extends ResourceUrlEncodingFilter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain filterChain)
			throws ServletException, IOException {
		HttpServletResponse unencoded = (HttpServletResponse) response;
		super.doFilter(request, response, (wrappedRequest, encoding) -> filterChain.doFilter(wrappedRequest,
				new FileLinksOnly((HttpServletResponse) encoding, unencoded)));
	}

	/** Whether a link's path (before any query or fragment) ends in a file name. */
	static boolean namesFile(String url) {
		int end = url.length();
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '?' || c == '#') {
				end = i;
				break;
			}
		}
		int lastSlash = url.lastIndexOf('/', end - 1);
		int dot = url.lastIndexOf('.', end - 1);
		return dot > lastSlash;
	}

	/**
	 * Sends file links through Spring's resource lookup, every other link straight to the
	 * response underneath.
	 */
	private static final class FileLinksOnly extends HttpServletResponseWrapper {

		private final HttpServletResponse unencoded;

		FileLinksOnly(HttpServletResponse encoding, HttpServletResponse unencoded) {
			super(encoding);
			this.unencoded = unencoded;
		}

		@Override
		public String encodeURL(String url) {
			return namesFile(url) ? super.encodeURL(url) : this.unencoded.encodeURL(url);
		}

	}

}
