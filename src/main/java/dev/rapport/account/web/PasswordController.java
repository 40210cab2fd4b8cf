package dev.rapport.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountChangeRejectedException;
import dev.rapport.account.AccountService;
import dev.rapport.account.CurrentUser;
import dev.rapport.account.PasswordChange;
import dev.rapport.account.SessionService;
import dev.rapport.shared.web.Flash;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Password. A new password ends every other session and every remember-me login (a
 * thief who had the old password, or a copied cookie, is out), and optionally every API token.
 */
@Controller
class PasswordController {

	static final String VIEW = "account/password";

	private final AccountService accounts;

	private final SessionService sessions;

	private final AccessTokenService tokens;

	private final CurrentUser currentUser;

	PasswordController(AccountService accounts, SessionService sessions, AccessTokenService tokens,
			CurrentUser currentUser) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.tokens = tokens;
		this.currentUser = currentUser;
	}

	@GetMapping("/settings/password")
	String form(@ModelAttribute("passwordChange") PasswordChange form) {
		return VIEW;
	}

	@PostMapping("/settings/password")
	String change(@Valid @ModelAttribute("passwordChange") PasswordChange form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		long userId = this.currentUser.id();
		try {
			this.accounts.changePassword(userId, form);
		}
		catch (AccountChangeRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return VIEW;
		}
		HttpSession session = request.getSession(false);
		int ended = this.sessions.signOutEverywhereElse(this.currentUser.principal(),
				session == null ? null : session.getId());
		// This browser stays signed in, but its own remember-me login goes too: it may have been copied.
		this.sessions.forgetRememberMe(this.currentUser.principal());
		response.addHeader("Set-Cookie", ResponseCookie.from("remember-me", "").path("/").maxAge(0).build().toString());
		int revoked = form.revokesTokens() ? this.tokens.revokeAll(userId) : 0;
		Flash.success(redirect, form.revokesTokens() ? "password.changedAndRevoked" : "password.changed", ended,
				revoked);
		return "redirect:/settings/password";
	}

}
