package dev.rapport.account.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.rapport.account.Owner;
import dev.rapport.account.passkey.Passkey;
import dev.rapport.account.passkey.PasskeyService;
import dev.rapport.shared.web.Flash;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Passkeys: the user's passkeys (name, added, last used) with "delete" for
 * each, and "Add a passkey", which {@code js/passkeys.js} performs against Spring
 * Security's WebAuthn endpoints. Deleting is scoped to the signed-in user: another user's
 * passkey answers 404.
 */
@Controller
class PasskeysController {

	/**
	 * A passkey's name: short enough to read in a list; the server checks it too
	 * (PasskeyRegistrationCheck).
	 */
	static final int LABEL_MAX = 64;

	private final PasskeyService passkeys;

	PasskeysController(PasskeyService passkeys) {
		this.passkeys = passkeys;
	}

	@GetMapping("/settings/passkeys")
	String page(Owner owner, Model model) {
		ZoneId zone = owner.zone();
		model.addAttribute("passkeys",
				this.passkeys.passkeysOf(owner.id()).stream().map(passkey -> PasskeyRow.of(passkey, zone)).toList());
		model.addAttribute("labelMax", LABEL_MAX);
		return "account/passkeys";
	}

	@PostMapping("/settings/passkeys/delete")
	String delete(Owner owner, @RequestParam(name = "id", defaultValue = "") String id, RedirectAttributes redirect) {
		if (!this.passkeys.delete(owner.id(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Flash.success(redirect, "passkeys.deleted");
		return "redirect:/settings/passkeys";
	}

	/** A passkey with its times in the user's own time zone. */
	record PasskeyRow(String id, String label, ZonedDateTime created, ZonedDateTime lastUsed) {

		static PasskeyRow of(Passkey passkey, ZoneId zone) {
			return new PasskeyRow(passkey.id(), passkey.label(), passkey.created().atZone(zone),
					passkey.lastUsed() == null ? null : passkey.lastUsed().atZone(zone));
		}

	}

}
