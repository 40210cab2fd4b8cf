package dev.rapport.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.rapport.account.TimeZones;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.account.SignUpRejectedException;

import java.time.ZoneId;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Sign-up: the first visitor creates the owner account; later visitors only when
 * registration is open. A new account is signed in straight away.
 */
@Controller
class SignUpController {

	static final String VIEW = "account/signup";

	private final AccountService accounts;

	private final SecurityContextRepository contexts;

	SignUpController(AccountService accounts, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.contexts = contexts;
	}

	@ModelAttribute("timeZones")
	List<TimeZones.Choice> timeZones() {
		return TimeZones.choices();
	}

	@GetMapping("/signup")
	String form(Model model) {
		if (!this.accounts.isSignUpOpen()) {
			return "redirect:/login?closed";
		}
		model.addAttribute("signUp", SignUp.empty("UTC"));
		model.addAttribute("firstRun", !this.accounts.hasAnyAccount());
		return VIEW;
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("signUp") SignUp form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("firstRun", !this.accounts.hasAnyAccount());
		if (result.hasErrors()) {
			return VIEW;
		}
		AccountPrincipal principal;
		try {
			principal = this.accounts.signUp(form);
		}
		catch (SignUpRejectedException ex) {
			if (ex.field() == null) {
				result.reject(ex.messageKey());
			}
			else {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			return VIEW;
		}
		signIn(principal, request, response);
		return "redirect:/";
	}

	private void signIn(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		// A fresh session id for the new identity: no session fixation through sign-up.
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
