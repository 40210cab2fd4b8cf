package dev.rapport.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.rapport.account.AccountChangeRejectedException;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.CurrentUser;
import dev.rapport.account.Owner;
import dev.rapport.account.EmailChange;
import dev.rapport.account.ProfileChange;
import dev.rapport.account.SessionService;
import dev.rapport.account.TimeZones;
import dev.rapport.shared.web.Flash;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Profile: the name, the time zone and the email address the user signs in
 * with. Every signed-in browser of the user goes on with the new values at once (see
 * {@link SessionService#signedInAs}); an email change needs the current password, and the
 * old address is told when the server sends mail.
 */
@Controller
class ProfileController {

	static final String VIEW = "account/profile";

	private final AccountService accounts;

	private final SessionService sessions;

	private final CurrentUser currentUser;

	private final ObjectProvider<JavaMailSender> mail;

	ProfileController(AccountService accounts, SessionService sessions, CurrentUser currentUser,
			ObjectProvider<JavaMailSender> mail) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.currentUser = currentUser;
		this.mail = mail;
	}

	@ModelAttribute("timeZones")
	List<TimeZones.Choice> timeZones() {
		return TimeZones.choices();
	}

	@ModelAttribute("currentEmail")
	String currentEmail() {
		return this.currentUser.principal().email();
	}

	@ModelAttribute("mailConfigured")
	boolean mailConfigured() {
		return this.mail.getIfAvailable() != null;
	}

	@GetMapping("/settings/profile")
	String form(Owner owner, Model model) {
		model.addAttribute("profileChange", this.accounts.profileOf(owner.id()));
		model.addAttribute("emailChange", EmailChange.empty());
		return VIEW;
	}

	@PostMapping("/settings/profile")
	String update(Owner owner, @Valid @ModelAttribute("profileChange") ProfileChange form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("emailChange", EmailChange.empty());
		if (!result.hasFieldErrors("timeZone") && TimeZones.parse(form.timeZone()).isEmpty()) {
			result.rejectValue("timeZone", "signup.timeZone.unknown");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		AccountPrincipal updated;
		try {
			updated = this.accounts.updateProfile(owner.id(), form);
		}
		catch (AccountChangeRejectedException ex) {
			reject(result, ex);
			return VIEW;
		}
		this.sessions.signedInAs(updated, request, response);
		Flash.success(redirect, "profile.saved", updated.zone().getId());
		return "redirect:/settings/profile";
	}

	@PostMapping("/settings/profile/email")
	String changeEmail(Owner owner, @Valid @ModelAttribute("emailChange") EmailChange form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("profileChange", this.accounts.profileOf(owner.id()));
		if (result.hasErrors()) {
			return VIEW;
		}
		AccountPrincipal updated;
		try {
			updated = this.accounts.changeEmail(owner.id(), form);
		}
		catch (AccountChangeRejectedException ex) {
			reject(result, ex);
			return VIEW;
		}
		this.sessions.signedInAs(updated, request, response);
		Flash.success(redirect, mailConfigured() ? "profile.email.changedAndTold" : "profile.email.changed",
				updated.email());
		return "redirect:/settings/profile";
	}

	private static void reject(BindingResult result, AccountChangeRejectedException ex) {
		if (ex.field() == null) {
			result.reject(ex.messageKey());
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey());
		}
	}

}
