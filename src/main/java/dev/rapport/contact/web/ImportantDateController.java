package dev.rapport.contact.web;

import jakarta.validation.Valid;

import dev.rapport.account.CurrentUser;
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

	private final CurrentUser currentUser;

	ImportantDateController(ImportantDateService dates, ContactService contacts, CurrentUser currentUser) {
		this.dates = dates;
		this.contacts = contacts;
		this.currentUser = currentUser;
	}

	@ModelAttribute
	void common(@PathVariable long contactId, Model model) {
		model.addAttribute("contact", this.contacts.get(this.currentUser.id(), contactId));
		model.addAttribute("kinds", DateKind.values());
	}

	@GetMapping("/new")
	String newDate(Model model) {
		model.addAttribute("dateForm", ImportantDateForm.empty());
		return FORM;
	}

	@PostMapping
	String create(@PathVariable long contactId, @Valid @ModelAttribute("dateForm") ImportantDateForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.dates.create(this.currentUser.id(), contactId, form, this.currentUser.today());
		}
		catch (InvalidContactException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM;
		}
		Flash.success(redirect, "dates.added");
		return "redirect:/contacts/" + contactId;
	}

	@GetMapping("/{dateId}/edit")
	String edit(@PathVariable long contactId, @PathVariable long dateId, Model model) {
		model.addAttribute("dateId", dateId);
		model.addAttribute("dateForm", this.dates.get(this.currentUser.id(), contactId, dateId).toForm());
		return FORM;
	}

	@PostMapping("/{dateId}")
	String update(@PathVariable long contactId, @PathVariable long dateId,
			@Valid @ModelAttribute("dateForm") ImportantDateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.dates.get(this.currentUser.id(), contactId, dateId);
		model.addAttribute("dateId", dateId);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.dates.update(this.currentUser.id(), contactId, dateId, form, this.currentUser.today());
		}
		catch (InvalidContactException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
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
	String delete(@PathVariable long contactId, @PathVariable long dateId, RedirectAttributes redirect) {
		this.dates.delete(this.currentUser.id(), contactId, dateId);
		Flash.success(redirect, "dates.deleted");
		return "redirect:/contacts/" + contactId;
	}

}
