package dev.rapport.contact.web;

import jakarta.validation.Valid;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateForm;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.InvalidContactException;
import dev.rapport.shared.StaleEditException;
import dev.rapport.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, editing and removing a contact's important dates, from the dates section of
 * their page.
 */
@Controller
@RequestMapping("/contacts/{contactId}/dates")
class ImportantDateController {

	static final String FORM = "contact/date-form";

	private final ImportantDateService dates;

	private final ContactService contacts;

	ImportantDateController(ImportantDateService dates, ContactService contacts) {
		this.dates = dates;
		this.contacts = contacts;
	}

	@ModelAttribute
	void common(Owner owner, @PathVariable long contactId, Model model) {
		model.addAttribute("contact", this.contacts.get(owner.id(), contactId));
		model.addAttribute("kinds", DateKind.values());
	}

	@GetMapping("/new")
	String newDate(Model model) {
		model.addAttribute("dateForm", ImportantDateForm.empty());
		return FORM;
	}

	@PostMapping
	String create(Owner owner, @PathVariable long contactId, @Valid @ModelAttribute("dateForm") ImportantDateForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.dates.create(owner.id(), contactId, form.toCommand(), owner.today());
		}
		catch (InvalidContactException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.messageArguments(), null);
			return FORM;
		}
		Flash.success(redirect, "dates.added");
		return "redirect:/contacts/" + contactId;
	}

	@GetMapping("/{dateId}/edit")
	String edit(Owner owner, @PathVariable long contactId, @PathVariable long dateId, Model model) {
		model.addAttribute("dateId", dateId);
		model.addAttribute("dateForm", this.dates.get(owner.id(), contactId, dateId).toForm());
		return FORM;
	}

	@PostMapping("/{dateId}")
	String update(Owner owner, @PathVariable long contactId, @PathVariable long dateId,
			@Valid @ModelAttribute("dateForm") ImportantDateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.dates.get(owner.id(), contactId, dateId);
		model.addAttribute("dateId", dateId);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.dates.update(owner.id(), contactId, dateId, form.toCommand(), owner.today());
		}
		catch (InvalidContactException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.messageArguments(), null);
			return FORM;
		}
		catch (StaleEditException ex) {
			result.reject("edit.stale");
			return FORM;
		}
		Flash.success(redirect, "dates.saved");
		return "redirect:/contacts/" + contactId;
	}

	@PostMapping("/{dateId}/delete")
	String delete(Owner owner, @PathVariable long contactId, @PathVariable long dateId, RedirectAttributes redirect) {
		this.dates.delete(owner.id(), contactId, dateId);
		Flash.success(redirect, "dates.deleted");
		return "redirect:/contacts/" + contactId;
	}

}
