package dev.rapport.account.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import dev.rapport.account.CurrentUser;
import dev.rapport.account.Owner;
import dev.rapport.account.SessionService;
import dev.rapport.account.SignedInSession;
import dev.rapport.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Sessions: every browser signed in as you, with "sign out" for each and "sign
 * out everywhere else" (which also forgets their remember-me logins).
 */
@Controller
class SessionsController {

	private final SessionService sessions;

	private final CurrentUser currentUser;

	SessionsController(SessionService sessions, CurrentUser currentUser) {
		this.sessions = sessions;
		this.currentUser = currentUser;
	}

	@GetMapping("/settings/sessions")
	String sessions(Owner owner, HttpServletRequest request, Model model) {
		ZoneId zone = owner.zone();
		model.addAttribute("sessions",
				this.sessions.list(this.currentUser.principal(), currentSessionId(request))
					.stream()
					.map(session -> SessionRow.of(session, zone))
					.toList());
		return "account/sessions";
	}

	@PostMapping("/settings/sessions/{handle}/sign-out")
	String signOut(@PathVariable String handle, RedirectAttributes redirect) {
		if (this.sessions.signOut(this.currentUser.principal(), handle)) {
			Flash.success(redirect, "sessions.signedOut");
		}
		else {
			// Expired meanwhile, or signed out in another tab: nothing left to do.
			Flash.problem(redirect, "sessions.alreadyGone");
		}
		return "redirect:/settings/sessions";
	}

	@PostMapping("/settings/sessions/sign-out-others")
	String signOutOthers(HttpServletRequest request, RedirectAttributes redirect) {
		int ended = this.sessions.signOutEverywhereElse(this.currentUser.principal(), currentSessionId(request));
		Flash.success(redirect, "sessions.signedOutOthers", ended);
		return "redirect:/settings/sessions";
	}

	private static String currentSessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getId();
	}

	/** A session with its times in the user's own time zone. */
	record SessionRow(String handle, String device, String address, ZonedDateTime signedInAt, ZonedDateTime lastSeenAt,
			boolean current) {

		static SessionRow of(SignedInSession session, ZoneId zone) {
			return new SessionRow(session.handle(), session.device(), session.address(),
					session.signedInAt().atZone(zone), session.lastSeenAt().atZone(zone), session.current());
		}

	}

}
