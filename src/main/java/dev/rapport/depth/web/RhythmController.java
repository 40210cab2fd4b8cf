package dev.rapport.depth.web;

import dev.rapport.account.Owner;
import dev.rapport.contact.Rhythm;
import dev.rapport.depth.RhythmService;
import dev.rapport.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rhythm check page: what the intended rhythms promise against what the last 90 days
 * achieved, with one-click loosening when the promise is too big.
 */
@Controller
@RequestMapping("/rhythm")
class RhythmController {

	static final String PAGE = "depth/rhythm";

	private final RhythmService rhythm;

	RhythmController(RhythmService rhythm) {
		this.rhythm = rhythm;
	}

	@GetMapping
	String check(Owner owner, @RequestParam(name = "innerCircle", defaultValue = "false") boolean includeInnerCircle,
			Model model) {
		model.addAttribute("report", this.rhythm.report(owner.id(), owner.today(), includeInnerCircle));
		model.addAttribute("includeInnerCircle", includeInnerCircle);
		return PAGE;
	}

	/**
	 * One click: the rhythm becomes the proposed, looser one; any other value is refused.
	 */
	@PostMapping("/{contactId}/loosen")
	String loosen(Owner owner, @PathVariable long contactId, @RequestParam(name = "toDays") String toDays,
			@RequestParam(name = "innerCircle", defaultValue = "false") boolean includeInnerCircle,
			RedirectAttributes redirect) {
		Integer days = parse(toDays);
		if (days == null || Rhythm.ofDays(days).isEmpty()) {
			Flash.problem(redirect, "depth.rhythm.invalid");
		}
		else {
			this.rhythm.loosen(owner.id(), contactId, days);
			Flash.success(redirect, "depth.rhythm.loosened");
		}
		return includeInnerCircle ? "redirect:/rhythm?innerCircle=true" : "redirect:/rhythm";
	}

	private static Integer parse(String text) {
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
