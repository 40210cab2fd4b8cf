package dev.rapport.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout which section of the app a page belongs to, so the navigation can mark it.
 */
@ControllerAdvice
class NavigationAdvice {

	@ModelAttribute("navSection")
	String navSection(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		int end = path.indexOf('/', 1);
		return (end < 0) ? path : path.substring(0, end);
	}

}
