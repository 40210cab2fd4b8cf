package dev.rapport.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout which section of the app a page belongs to, so the navigation can mark
 * it.
 */
@ControllerAdvice
class NavigationAdvice {

	@ModelAttribute("navSection")
	String navSection(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		int end = path.indexOf('/', 1);
		return (end < 0) ? path : path.substring(0, end);
	}

	/**
	 * The page shown, for links that should bring the user back here ("Log" from any page
	 * returns to it after saving). Only for pages reached by GET; a form re-shown after a
	 * POST has none.
	 */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/interactions/new")) {
			return null;
		}
		return (request.getQueryString() == null) ? path : path + "?" + request.getQueryString();
	}

}
