package dev.rapport.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.rapport.account.AccountDeletionService;
import dev.rapport.account.AccountService;
import dev.rapport.account.Owner;
import dev.rapport.account.PasswordCheck;
import dev.rapport.account.twofactor.TwoFactorService;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Settings → Delete account: after the password, removes the account and all its data for
 * good, then signs this browser out.
 */
@Controller
class DeleteAccountController {

	static final String VIEW = "account/delete";

	private final AccountService accounts;

	private final AccountDeletionService deletion;

	private final TwoFactorService twoFactor;

	DeleteAccountController(AccountService accounts, AccountDeletionService deletion, TwoFactorService twoFactor) {
		this.accounts = accounts;
		this.deletion = deletion;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/settings/delete")
	String form(Owner owner, @ModelAttribute("confirmation") Confirmation confirmation, Model model) {
		return view(owner, model);
	}

	@PostMapping("/settings/delete")
	String delete(Owner owner, @Valid @ModelAttribute("confirmation") Confirmation confirmation, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		long userId = owner.id();
		if (!result.hasErrors()) {
			PasswordCheck check = this.accounts.checkPassword(userId, confirmation.password());
			if (check != PasswordCheck.RIGHT) {
				result.rejectValue("password", (check == PasswordCheck.TOO_MANY_ATTEMPTS) ? "password.tooManyAttempts"
						: "password.currentWrong");
			}
		}
		if (!result.hasErrors() && this.twoFactor.isEnabled(userId)
				&& !this.twoFactor.verify(userId, confirmation.code())) {
			result.rejectValue("code", "twoFactor.code.wrong");
		}
		if (result.hasErrors()) {
			return view(owner, model);
		}
		this.deletion.delete(owner.id());
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		new CookieClearingLogoutHandler("SESSION", "remember-me").logout(request, response, authentication);
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?deleted";
	}

	private String view(Owner owner, Model model) {
		model.addAttribute("twoFactor", this.twoFactor.isEnabled(owner.id()));
		return VIEW;
	}

	/**
	 * The password typed again (and a code, with two-factor sign-in): deleting cannot be
	 * undone.
	 */
	record Confirmation(@NotBlank @Size(max = 128) String password, @Size(max = 20) String code) {
	}

}
