package dev.rapport.reconnect.web;

import java.time.LocalDate;
import java.util.Optional;

import dev.rapport.account.CurrentUser;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.reconnect.SuggestionStatus;
import dev.rapport.reconnect.WeekList;
import dev.rapport.shared.web.Flash;
import dev.rapport.shared.web.LocalRedirects;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/this-week")
class ThisWeekController {

	static final String WEEK = "reconnect/week";

	/**
	 * An inline change: the person's row and, out of band, the week's "n of m" counter.
	 */
	static final String CHANGED = "reconnect/fragments :: changed";

	private final ReconnectService reconnect;

	private final CurrentUser currentUser;

	ThisWeekController(ReconnectService reconnect, CurrentUser currentUser) {
		this.reconnect = reconnect;
		this.currentUser = currentUser;
	}

	@GetMapping
	String week(@RequestParam(name = "week",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, Model model) {
		long owner = this.currentUser.id();
		LocalDate today = this.currentUser.today();
		ReconnectService.WeekChoice choice = ReconnectService.chooseWeek(week, today);
		if (choice.when() == ReconnectService.WeekChoice.When.PAST) {
			Optional<WeekList> past = this.reconnect.weekOf(owner, choice.weekStart(), today);
			model.addAttribute("week", past.orElse(null));
			model.addAttribute("requestedWeek", choice.weekStart());
		}
		else {
			// A week still to come has no list yet: the page shows this week's.
			model.addAttribute("week", this.reconnect.thisWeek(owner, today));
		}
		return WEEK;
	}

	@PostMapping("/suggestions/{id}/done")
	String done(@PathVariable long id, @RequestParam(name = "returnTo", required = false) String returnTo,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return settle(id, SuggestionStatus.DONE, returnTo, htmx, model, redirect);
	}

	@PostMapping("/suggestions/{id}/not-now")
	String notNow(@PathVariable long id, @RequestParam(name = "returnTo", required = false) String returnTo,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return settle(id, SuggestionStatus.NOT_NOW, returnTo, htmx, model, redirect);
	}

	@PostMapping("/suggestions/{id}/dont-suggest")
	String dontSuggest(@PathVariable long id, @RequestParam(name = "returnTo", required = false) String returnTo,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return settle(id, SuggestionStatus.DONT_SUGGEST, returnTo, htmx, model, redirect);
	}

	/** Undo for done, not now and don't suggest. */
	@PostMapping("/suggestions/{id}/undo")
	String undo(@PathVariable long id, @RequestParam(name = "returnTo", required = false) String returnTo,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		long owner = this.currentUser.id();
		boolean reopened = this.reconnect.reopen(owner, id, this.currentUser.today());
		if (htmx.isHtmxRequest()) {
			return changed(owner, id, returnTo, false, model);
		}
		if (reopened) {
			Flash.success(redirect, "reconnect.reopened", this.reconnect.suggestion(owner, id).contact().displayName());
		}
		return LocalRedirects.to(returnTo, "/this-week");
	}

	private String settle(long id, SuggestionStatus status, String returnTo, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		long owner = this.currentUser.id();
		boolean settled = this.reconnect.settle(owner, id, status, this.currentUser.today());
		if (htmx.isHtmxRequest()) {
			return changed(owner, id, returnTo, settled, model);
		}
		if (settled) {
			Flash.undoable(redirect, "/this-week/suggestions/" + id + "/undo", returnTo, "reconnect.settled." + status,
					this.reconnect.suggestion(owner, id).contact().displayName());
		}
		else {
			Flash.problem(redirect, "reconnect.alreadySettled");
		}
		return LocalRedirects.to(returnTo, "/this-week");
	}

	private String changed(long owner, long id, String returnTo, boolean justSettled, Model model) {
		model.addAttribute("suggestion", this.reconnect.suggestion(owner, id));
		model.addAttribute("actions", true);
		model.addAttribute("justSettled", justSettled);
		model.addAttribute("returnTo", LocalRedirects.to(returnTo, "/this-week").substring("redirect:".length()));
		model.addAttribute("week", this.reconnect.thisWeek(owner, this.currentUser.today()));
		return CHANGED;
	}

}
