package dev.rapport.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountChangeRejectedException;
import dev.rapport.account.AccountService;
import dev.rapport.account.CurrentUser;
import dev.rapport.account.Owner;
import dev.rapport.account.PasswordChange;
import dev.rapport.account.ProviderReauthentication;
import dev.rapport.account.SessionService;
import dev.rapport.shared.web.Flash;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * Settings → Password. A new password ends every other session and every remember-me
 * login (a thief who had the old password, or a copied cookie, is out), and optionally
 * every API token.
 */
@Controller
class PasswordController {

	static final String VIEW = "account/password";

	private final AccountService accounts;

	private final SessionService sessions;

	private final AccessTokenService tokens;

	private final CurrentUser currentUser;

	private final ProviderReauthentication reauthentication;

	private final ObjectProvider<ClientRegistrationRepository> providers;

	PasswordController(AccountService accounts, SessionService sessions, AccessTokenService tokens,
			CurrentUser currentUser, ProviderReauthentication reauthentication,
			ObjectProvider<ClientRegistrationRepository> providers) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.tokens = tokens;
		this.currentUser = currentUser;
		this.reauthentication = reauthentication;
		this.providers = providers;
	}

	@GetMapping("/settings/password")
	String form(@ModelAttribute("passwordChange") PasswordChange form, HttpServletRequest request, Model model) {
		return view(request, model);
	}

	/**
	 * "Sign in again with the provider": straight back here afterwards (the saved
	 * request), with the current password no longer asked for a few minutes.
	 */
	@GetMapping("/settings/password/confirm-with/{registrationId}")
	String confirmWithProvider(@PathVariable String registrationId, HttpServletRequest request,
			HttpServletResponse response) {
		if (this.reauthentication.isFresh(request.getSession(false))) {
			return "redirect:/settings/password";
		}
		boolean known = SignInController.configured(this.providers)
			.stream()
			.anyMatch(provider -> provider.registrationId().equals(registrationId));
		if (!known) {
			return "redirect:/settings/password";
		}
		new HttpSessionRequestCache().saveRequest(request, response);
		return "redirect:/oauth2/authorization/" + registrationId;
	}

	@PostMapping("/settings/password")
	String change(Owner owner, @Valid @ModelAttribute("passwordChange") PasswordChange form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		boolean confirmedByProvider = this.reauthentication.isFresh(request.getSession(false));
		boolean invalid = result.getFieldErrors()
			.stream()
			.anyMatch(error -> !(confirmedByProvider && "currentPassword".equals(error.getField())));
		if (invalid) {
			return view(request, model);
		}
		long userId = owner.id();
		try {
			this.accounts.changePassword(userId, form, confirmedByProvider);
		}
		catch (AccountChangeRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return view(request, model);
		}
		this.reauthentication.used(request.getSession(false));
		HttpSession session = request.getSession(false);
		int ended = this.sessions.signOutEverywhereElse(this.currentUser.principal(),
				session == null ? null : session.getId());
		// This browser stays signed in, but its own remember-me login goes too: it may
		// have been copied.
		this.sessions.forgetRememberMe(this.currentUser.principal());
		response.addHeader("Set-Cookie", ResponseCookie.from("remember-me", "").path("/").maxAge(0).build().toString());
		int revoked = form.revokesTokens() ? this.tokens.revokeAll(userId) : 0;
		Flash.success(redirect, form.revokesTokens() ? "password.changedAndRevoked" : "password.changed", ended,
				revoked);
		return "redirect:/settings/password";
	}

	/**
	 * The form; after a fresh sign-in through the provider it asks only for the new
	 * password, otherwise it offers that sign-in to whoever does not know the current
	 * one.
	 */
	private String view(HttpServletRequest request, Model model) {
		boolean fresh = this.reauthentication.isFresh(request.getSession(false));
		model.addAttribute("confirmedByProvider", fresh);
		model.addAttribute("providers", fresh ? List.of() : SignInController.configured(this.providers));
		return VIEW;
	}

}
