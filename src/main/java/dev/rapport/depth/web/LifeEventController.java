package dev.rapport.depth.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.validation.Valid;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactService;
import dev.rapport.depth.InvalidLifeEventException;
import dev.rapport.depth.LifeEventCheckIns;
import dev.rapport.depth.LifeEventForm;
import dev.rapport.depth.LifeEventKind;
import dev.rapport.depth.LifeEventService;
import dev.rapport.depth.LifeEventView;
import dev.rapport.shared.web.Flash;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a life event from a contact's page, deleting one, and answering what an import
 * noticed.
 */
@Controller
class LifeEventController {

	static final String FORM = "depth/life-event";

	private final LifeEventService lifeEvents;

	private final ContactService contacts;

	LifeEventController(LifeEventService lifeEvents, ContactService contacts) {
		this.lifeEvents = lifeEvents;
		this.contacts = contacts;
	}

	@ModelAttribute("kinds")
	List<LifeEventKind> kinds() {
		return List.of(LifeEventKind.values());
	}

	@GetMapping("/contacts/{contactId}/life-events/new")
	String newEvent(Owner owner, @PathVariable long contactId, Model model) {
		model.addAttribute("contact", this.contacts.get(owner.id(), contactId));
		model.addAttribute("lifeEventForm", LifeEventForm.startingOn(owner.today(), LifeEventKind.NEW_JOB));
		return FORM;
	}

	@PostMapping("/contacts/{contactId}/life-events")
	String log(Owner owner, @PathVariable long contactId, @Valid @ModelAttribute("lifeEventForm") LifeEventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("contact", this.contacts.get(owner.id(), contactId));
		if (result.hasErrors()) {
			return FORM;
		}
		LocalDate today = owner.today();
		LifeEventView event;
		try {
			event = this.lifeEvents.log(owner.id(), contactId, form, today);
		}
		catch (InvalidLifeEventException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM;
		}
		LocalDate checkIn = (form.checkInOn() != null) ? form.checkInOn()
				: LifeEventCheckIns.checkInOn(event.kind(), event.date(), today);
		Flash.success(redirect, "depth.event.logged",
				checkIn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale())));
		return "redirect:/contacts/" + contactId;
	}

	@PostMapping("/life-events/{eventId}/delete")
	String delete(Owner owner, @PathVariable long eventId, RedirectAttributes redirect) {
		long contactId = this.lifeEvents.delete(owner.id(), eventId);
		Flash.success(redirect, "depth.event.deleted");
		return "redirect:/contacts/" + contactId;
	}

	@PostMapping("/life-event-proposals/{proposalId}/accept")
	String accept(Owner owner, @PathVariable long proposalId, RedirectAttributes redirect) {
		long contactId = this.lifeEvents.acceptProposal(owner.id(), proposalId, owner.today());
		Flash.success(redirect, "depth.event.proposal.accepted");
		return "redirect:/contacts/" + contactId;
	}

	@PostMapping("/life-event-proposals/{proposalId}/dismiss")
	String dismiss(Owner owner, @PathVariable long proposalId, RedirectAttributes redirect) {
		long contactId = this.lifeEvents.dismissProposal(owner.id(), proposalId);
		Flash.success(redirect, "depth.event.proposal.dismissed");
		return "redirect:/contacts/" + contactId;
	}

}
