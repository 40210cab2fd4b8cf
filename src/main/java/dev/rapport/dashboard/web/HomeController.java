package dev.rapport.dashboard.web;

import java.time.LocalDate;

import dev.rapport.account.CurrentUser;
import dev.rapport.followup.FollowUpService;
import dev.rapport.interaction.InteractionService;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String HOME = "dashboard/home";

	static final int RECENT_SHOWN = 10;

	static final int DUE_SOON_DAYS = 7;

	private final InteractionService interactions;

	private final FollowUpService followUps;

	private final CurrentUser currentUser;

	HomeController(InteractionService interactions, FollowUpService followUps, CurrentUser currentUser) {
		this.interactions = interactions;
		this.followUps = followUps;
		this.currentUser = currentUser;
	}

	@GetMapping("/")
	String home(Model model) {
		long owner = this.currentUser.id();
		LocalDate today = this.currentUser.today();
		model.addAttribute("today", today);
		model.addAttribute("recent", this.interactions.recent(owner, today, PageRequest.of(0, RECENT_SHOWN)));
		model.addAttribute("dueFollowUps",
				this.followUps.dueBy(owner, today.plusDays(DUE_SOON_DAYS), today, PageRequest.of(0, 20)));
		return HOME;
	}

}
