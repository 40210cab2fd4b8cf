package dev.rapport.reminders.web;

import dev.rapport.reminders.DigestService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Stop these emails", without signing in. Opening the link only asks (mail scanners open
 * links); the button, or a mail client's one-click unsubscribe (RFC 8058: a POST to the
 * same URL), stops the weekly email.
 */
@Controller
@RequestMapping(UnsubscribeController.PATH)
class UnsubscribeController {

	static final String PATH = "/digest/unsubscribe";

	static final String PAGE = "reminders/unsubscribe";

	private final DigestService digests;

	UnsubscribeController(DigestService digests) {
		this.digests = digests;
	}

	@GetMapping
	String ask(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", this.digests.isUnsubscribeToken(token));
		return PAGE;
	}

	@PostMapping(params = "confirmed")
	String confirm(@RequestParam(required = false) String token, Model model) {
		boolean done = this.digests.unsubscribe(token);
		model.addAttribute("valid", done);
		model.addAttribute("done", done);
		return PAGE;
	}

	/**
	 * A mail client's one-click unsubscribe: {@code List-Unsubscribe=One-Click} in the
	 * body.
	 */
	@PostMapping(params = "!confirmed")
	@ResponseBody
	ResponseEntity<String> oneClick(@RequestParam(required = false) String token) {
		return this.digests.unsubscribe(token) ? ResponseEntity.ok("Unsubscribed.")
				: ResponseEntity.status(HttpStatus.NOT_FOUND).body("Unknown link.");
	}

}
