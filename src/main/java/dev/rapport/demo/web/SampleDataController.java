package dev.rapport.demo.web;

import dev.rapport.account.Owner;
import dev.rapport.demo.SampleDataService;
import dev.rapport.shared.web.Flash;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/sample-data")
class SampleDataController {

	private final SampleDataService sampleData;

	SampleDataController(SampleDataService sampleData) {
		this.sampleData = sampleData;
	}

	@PostMapping
	String load(Owner owner, RedirectAttributes redirect) {
		int added;
		try {
			added = this.sampleData.load(owner.id(), owner.today());
		}
		catch (PessimisticLockingFailureException stillLoading) {
			// A second click while the first is still loading: the first one's page shows
			// the result.
			added = 0;
		}
		if (added == 0) {
			Flash.problem(redirect, "home.sample.alreadyLoaded");
		}
		else {
			Flash.success(redirect, "home.sample.loaded", added);
		}
		return "redirect:/";
	}

	@PostMapping("/remove")
	String remove(Owner owner, RedirectAttributes redirect) {
		this.sampleData.remove(owner.id(), owner.today());
		Flash.success(redirect, "home.sample.removed");
		return "redirect:/";
	}

}
