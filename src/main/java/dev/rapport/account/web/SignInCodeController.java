package dev.rapport.account.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.account.internal.SecondFactorSignIn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page's second step for accounts with two-factor sign-in: a code from the
 * authenticator app, or one of the recovery codes.
 */
@Controller
class SignInCodeController {

	static final String VIEW = "account/login-code";

	private final SecondFactorSignIn secondFactor;

	SignInCodeController(SecondFactorSignIn secondFactor) {
		this.secondFactor = secondFactor;
	}

	@GetMapping("/login/code")
	String form(HttpServletRequest request) {
		return this.secondFactor.isPending(request) ? VIEW : "redirect:/login";
	}

	@PostMapping("/login/code")
	String check(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		return switch (this.secondFactor.complete(request, response, code)) {
			case SIGNED_IN, THROTTLED -> null;
			case WRONG_CODE -> {
				model.addAttribute("wrongCode", true);
				yield VIEW;
			}
			case NOT_PENDING -> "redirect:/login?expired";
		};
	}

	@PostMapping("/login/code/cancel")
	String cancel(HttpServletRequest request) {
		this.secondFactor.cancel(request);
		return "redirect:/login";
	}

}
