package dev.rapport.reconnect.web;

import java.time.LocalDate;
import java.util.Optional;

import dev.rapport.account.Owner;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.reconnect.SettleOutcome;
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

	ThisWeekController(ReconnectService reconnect) {
		this.reconnect = reconnect;
	}

	@GetMapping
	String week(Owner owner, @RequestParam(name = "week",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, Model model) {
		LocalDate today = owner.today();
		ReconnectService.WeekChoice choice = ReconnectService.chooseWeek(week, today);
		if (choice.when() == ReconnectService.WeekChoice.When.PAST) {
			Optional<WeekList> past = this.reconnect.weekOf(owner.id(), choice.weekStart(), today);
			model.addAttribute("week", past.orElse(null));
			model.addAttribute("requestedWeek", choice.weekStart());
		}
		else {
			// A week still to come has no list yet: the page shows this week's.
			model.addAttribute("week", this.reconnect.thisWeek(owner.id(), today));
		}
		return WEEK;
	}

	@PostMapping("/suggestions/{id}/done")
	String done(Owner owner, @PathVariable long id, @RequestParam(name = "returnTo", required = false) String returnTo,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return settle(owner, id, SuggestionStatus.DONE, returnTo, htmx, model, redirect);
	}

	@PostMapping("/suggestions/{id}/not-now")
	String notNow(Owner owner, @PathVariable long id,
			@RequestParam(name = "returnTo", required = false) String returnTo, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return settle(owner, id, SuggestionStatus.NOT_NOW, returnTo, htmx, model, redirect);
	}

	@PostMapping("/suggestions/{id}/dont-suggest")
	String dontSuggest(Owner owner, @PathVariable long id,
			@RequestParam(name = "returnTo", required = false) String returnTo, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return settle(owner, id, SuggestionStatus.DONT_SUGGEST, returnTo, htmx, model, redirect);
	}

	/** Undo for done, not now and don't suggest. */
	@PostMapping("/suggestions/{id}/undo")
	String undo(Owner owner, @PathVariable long id, @RequestParam(name = "returnTo", required = false) String returnTo,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		boolean reopened = this.reconnect.reopen(owner.id(), id, owner.today());
		if (htmx.isHtmxRequest()) {
			return changed(owner, id, returnTo, false, true, model);
		}
		if (reopened) {
			Flash.success(redirect, "reconnect.reopened",
					this.reconnect.suggestion(owner.id(), id).contact().displayName());
		}
		return LocalRedirects.to(returnTo, "/this-week");
	}

	private String settle(Owner owner, long id, SuggestionStatus status, String returnTo, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		SettleOutcome outcome = this.reconnect.settle(owner.id(), id, status, owner.today());
		if (htmx.isHtmxRequest()) {
			return changed(owner, id, returnTo, outcome == SettleOutcome.SETTLED,
					outcome != SettleOutcome.NOT_THIS_WEEK, model);
		}
		switch (outcome) {
			case SETTLED -> Flash.undoable(redirect, "/this-week/suggestions/" + id + "/undo", returnTo,
					"reconnect.settled." + status, this.reconnect.suggestion(owner.id(), id).contact().displayName());
			case NOT_THIS_WEEK -> Flash.problem(redirect, "reconnect.notThisWeek");
			default -> Flash.problem(redirect, "reconnect.alreadySettled");
		}
		return LocalRedirects.to(returnTo, "/this-week");
	}

	/**
	 * @param actions whether the row offers done, not now and don't suggest: not for a
	 * past week's suggestion, which cannot be changed
	 */
	private String changed(Owner owner, long id, String returnTo, boolean justSettled, boolean actions, Model model) {
		model.addAttribute("suggestion", this.reconnect.suggestion(owner.id(), id));
		model.addAttribute("actions", actions);
		model.addAttribute("justSettled", justSettled);
		model.addAttribute("returnTo", LocalRedirects.to(returnTo, "/this-week").substring("redirect:".length()));
		model.addAttribute("week", this.reconnect.thisWeek(owner.id(), owner.today()));
		return CHANGED;
	}

}
