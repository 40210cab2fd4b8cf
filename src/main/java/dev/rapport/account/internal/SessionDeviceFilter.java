package dev.rapport.account.internal;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dev.rapport.account.AccountPrincipal;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes on a signed-in session which browser it is and where it was last seen from, for
 * the sessions page. Writes only when something changed, so an ordinary request does not
 * rewrite the session.
 */
class SessionDeviceFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && authentication != null && authentication.getPrincipal() instanceof AccountPrincipal) {
			remember(session, SessionDevice.DEVICE_ATTRIBUTE,
					SessionDevice.describe(request.getHeader(HttpHeaders.USER_AGENT)));
			remember(session, SessionDevice.ADDRESS_ATTRIBUTE, Objects.toString(request.getRemoteAddr(), ""));
		}
		chain.doFilter(request, response);
	}

	private static void remember(HttpSession session, String name, String value) {
		if (!value.equals(session.getAttribute(name))) {
			session.setAttribute(name, value);
		}
	}

}
