package dev.rapport.account.web;

import dev.rapport.account.AccountService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; on a fresh install with no account yet it sends the visitor to sign-up.
 */
@Controller
class SignInController {

	private final AccountService accounts;

	SignInController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String signIn() {
		return this.accounts.hasAnyAccount() ? "account/login" : "redirect:/signup";
	}

}
