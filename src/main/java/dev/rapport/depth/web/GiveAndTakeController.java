package dev.rapport.depth.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.rapport.account.Owner;
import dev.rapport.depth.GiveFirstService;
import dev.rapport.shared.web.Flash;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Give first: introductions worth making (one click logs one, with a follow-up to ask how
 * it went) and the year's give and take per person.
 */
@Controller
@RequestMapping("/give-and-take")
class GiveAndTakeController {

	static final String PAGE = "depth/give-and-take";

	private final GiveFirstService giveFirst;

	GiveAndTakeController(GiveFirstService giveFirst) {
		this.giveFirst = giveFirst;
	}

	@GetMapping
	String page(Owner owner, Model model) {
		model.addAttribute("introductions", this.giveFirst.introductions(owner.id()));
		model.addAttribute("ledger", this.giveFirst.ledger(owner.id(), owner.today()));
		return PAGE;
	}

	/**
	 * One click: the introduction (given by me, today, with both) and a follow-up to ask
	 * how it went.
	 */
	@PostMapping("/introductions")
	String introduce(Owner owner, @RequestParam(name = "helperId") long helperId,
			@RequestParam(name = "seekerId") long seekerId, RedirectAttributes redirect) {
		if (helperId == seekerId) {
			Flash.problem(redirect, "depth.intro.samePerson");
			return "redirect:/give-and-take";
		}
		LocalDate today = owner.today();
		this.giveFirst.logIntroduction(owner.id(), helperId, seekerId, today);
		Locale locale = LocaleContextHolder.getLocale();
		Flash.success(redirect, "depth.intro.logged", today.plusDays(GiveFirstService.ASK_HOW_IT_WENT_AFTER_DAYS)
			.format(DateTimeFormatter.ofPattern("d MMMM", locale)));
		return "redirect:/give-and-take";
	}

}
