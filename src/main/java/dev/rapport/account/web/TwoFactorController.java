package dev.rapport.account.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import dev.rapport.account.AccountService;
import dev.rapport.account.CurrentUser;
import dev.rapport.account.Owner;
import dev.rapport.account.PasswordCheck;
import dev.rapport.account.twofactor.QrCodeSvg;
import dev.rapport.account.twofactor.TwoFactorService;
import dev.rapport.shared.web.Flash;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Two-factor sign-in: set it up with an authenticator app (QR code or the
 * secret typed in, confirmed with one code), see the recovery codes once, turn it off
 * with password and code. The secret being set up waits in the session, so an abandoned
 * set-up stores nothing.
 */
@Controller
class TwoFactorController {

	static final String VIEW = "account/two-factor";

	static final String SETUP_SECRET = "rapport.twoFactor.setupSecret";

	private final TwoFactorService twoFactor;

	private final AccountService accounts;

	private final CurrentUser currentUser;

	TwoFactorController(TwoFactorService twoFactor, AccountService accounts, CurrentUser currentUser) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.currentUser = currentUser;
	}

	@GetMapping("/settings/two-factor")
	String page(Owner owner, HttpSession session, Model model) {
		long userId = owner.id();
		boolean enabled = this.twoFactor.isEnabled(userId);
		model.addAttribute("enabled", enabled);
		if (enabled) {
			model.addAttribute("unusedRecoveryCodes", this.twoFactor.unusedRecoveryCodes(userId));
		}
		else {
			model.addAttribute("secretGroups", groups(setupSecret(session)));
		}
		return VIEW;
	}

	/**
	 * The QR code of the set-up link, as SVG: an image of the page's own origin, no
	 * script.
	 */
	@GetMapping(path = "/settings/two-factor/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qrCode(HttpSession session) {
		String uri = this.twoFactor.otpauthUri(setupSecret(session), this.currentUser.principal().email());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(QrCodeSvg.render(uri));
	}

	@PostMapping("/settings/two-factor/enable")
	String enable(Owner owner, @RequestParam(name = "code", defaultValue = "") String code, HttpSession session,
			Model model, RedirectAttributes redirect) {
		List<String> recoveryCodes = this.twoFactor.enable(owner.id(), setupSecret(session), code);
		if (recoveryCodes.isEmpty()) {
			model.addAttribute("enableProblem", "twoFactor.code.wrong");
			return page(owner, session, model);
		}
		session.removeAttribute(SETUP_SECRET);
		redirect.addFlashAttribute("recoveryCodes", new ArrayList<>(recoveryCodes));
		Flash.success(redirect, "twoFactor.enabled");
		return "redirect:/settings/two-factor";
	}

	@PostMapping("/settings/two-factor/disable")
	String disable(Owner owner, @RequestParam(name = "password", defaultValue = "") String password,
			@RequestParam(name = "code", defaultValue = "") String code, HttpSession session, Model model,
			RedirectAttributes redirect) {
		long userId = owner.id();
		PasswordCheck check = this.accounts.checkPassword(userId, password);
		if (check == PasswordCheck.TOO_MANY_ATTEMPTS) {
			model.addAttribute("disableProblem", "password.tooManyAttempts");
			return page(owner, session, model);
		}
		if (check != PasswordCheck.RIGHT || !this.twoFactor.verify(userId, code)) {
			model.addAttribute("disableProblem", "twoFactor.disable.wrong");
			return page(owner, session, model);
		}
		this.twoFactor.disable(userId);
		Flash.success(redirect, "twoFactor.disabled");
		return "redirect:/settings/two-factor";
	}

	private String setupSecret(HttpSession session) {
		if (!(session.getAttribute(SETUP_SECRET) instanceof String secret)) {
			String fresh = this.twoFactor.newSecret();
			session.setAttribute(SETUP_SECRET, fresh);
			return fresh;
		}
		return secret;
	}

	/** The secret in groups of four, as people copy it by hand. */
	private static List<String> groups(String secret) {
		List<String> groups = new ArrayList<>();
		for (int i = 0; i < secret.length(); i += 4) {
			groups.add(secret.substring(i, Math.min(secret.length(), i + 4)));
		}
		return groups;
	}

}
