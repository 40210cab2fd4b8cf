package dev.rapport.depth.web;

import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.depth.GatheringService;
import dev.rapport.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Small gatherings: the ideas, and logging one as a meal with everyone in it. */
@Controller
@RequestMapping("/gatherings")
class GatheringController {

	static final String PAGE = "depth/gatherings";

	private final GatheringService gatherings;

	GatheringController(GatheringService gatherings) {
		this.gatherings = gatherings;
	}

	@GetMapping
	String page(Owner owner, Model model) {
		model.addAttribute("gatherings", this.gatherings.suggestions(owner.id(), owner.today()));
		model.addAttribute("planOn", owner.today().plusDays(7));
		return PAGE;
	}

	@PostMapping("/meal")
	String logMeal(Owner owner, @RequestParam(name = "contactId") List<Long> contactIds,
			@RequestParam(name = "returnTo", defaultValue = "/gatherings") String returnTo,
			RedirectAttributes redirect) {
		this.gatherings.logAsMeal(owner.id(), contactIds, owner.today());
		Flash.success(redirect, "depth.gathering.logged");
		return "/".equals(returnTo) ? "redirect:/" : "redirect:/gatherings";
	}

}
