package dev.rapport.account.web;

import dev.rapport.account.AccountService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; on a fresh install with no account yet it sends the visitor to sign-up. After
 * too many failed attempts the throttle sends the visitor here with the minutes left to wait.
 */
@Controller
class SignInController {

	private final AccountService accounts;

	SignInController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** Longer than the throttle's window would be a lie, so the number shown is capped. */
	static final int MAX_WAIT_MINUTES = 15;

	@GetMapping("/login")
	String signIn(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
		if (!this.accounts.hasAnyAccount()) {
			return "redirect:/signup";
		}
		if (throttled != null) {
			model.addAttribute("throttledMinutes", minutes(throttled));
		}
		return "account/login";
	}

	private static int minutes(String throttled) {
		try {
			return Math.min(MAX_WAIT_MINUTES, Math.max(1, Integer.parseInt(throttled)));
		}
		catch (NumberFormatException ex) {
			return MAX_WAIT_MINUTES;
		}
	}

}
