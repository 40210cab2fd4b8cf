package dev.rapport.interaction.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import dev.rapport.account.CurrentUser;
import dev.rapport.account.Owner;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InvalidInteractionException;
import dev.rapport.shared.StaleEditException;
import dev.rapport.shared.web.Flash;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/interactions")
class InteractionController {

	static final String LIST = "interaction/list";

	static final String FORM = "interaction/form";

	static final String PAGE = "interaction/page";

	static final String CONFIRM_DELETE = "interaction/delete";

	static final int PAGE_SIZE = 30;

	private final InteractionService interactions;

	private final ContactService contacts;

	private final CurrentUser currentUser;

	InteractionController(InteractionService interactions, ContactService contacts, CurrentUser currentUser) {
		this.interactions = interactions;
		this.contacts = contacts;
		this.currentUser = currentUser;
	}

	@ModelAttribute("kinds")
	InteractionKind[] kinds() {
		return InteractionKind.values();
	}

	@ModelAttribute("directions")
	Direction[] directions() {
		return Direction.values();
	}

	/**
	 * The latest interactions, or with {@code contactId} one person's whole timeline in pages of
	 * the contact page's size, so page 1 continues exactly where the contact page's timeline ends.
	 */
	@GetMapping
	String recent(@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "contactId", required = false) Long contactId, Model model) {
		Owner owner = this.currentUser.owner();
		if (contactId == null) {
			model.addAttribute("interactions",
					this.interactions.recent(owner.id(), owner.today(), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
			model.addAttribute("pagerUrl", "/interactions");
			return LIST;
		}
		ContactDetails contact = this.contacts.get(owner.id(), contactId);
		model.addAttribute("contact", contact);
		model.addAttribute("interactions", this.interactions.timeline(owner.id(), contactId, owner.today(),
				PageRequest.of(Math.max(0, page), TimelineSection.SHOWN)));
		model.addAttribute("pagerUrl", "/interactions?contactId=" + contactId);
		return LIST;
	}

	@GetMapping("/new")
	String newInteraction(@RequestParam(name = "contactId", required = false) List<Long> contactIds, Model model) {
		List<Long> participants = contactIds == null ? List.of()
				: contactIds.stream().filter(id -> this.contacts.exists(this.currentUser.id(), id)).toList();
		model.addAttribute("interactionForm", InteractionForm.startingOn(this.currentUser.today(), participants));
		return form(model);
	}

	@PostMapping
	String log(@Valid @ModelAttribute("interactionForm") InteractionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model);
		}
		try {
			long id = this.interactions.log(this.currentUser.id(), form, this.currentUser.today());
			Flash.success(redirect, "interaction.logged");
			return "redirect:/interactions/" + id;
		}
		catch (InvalidInteractionException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("interaction",
				this.interactions.get(this.currentUser.id(), id, this.currentUser.today()));
		return PAGE;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("interactionId", id);
		model.addAttribute("interactionForm",
				this.interactions.get(this.currentUser.id(), id, this.currentUser.today()).toForm());
		return form(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("interactionForm") InteractionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		LocalDate today = this.currentUser.today();
		this.interactions.get(this.currentUser.id(), id, today);
		model.addAttribute("interactionId", id);
		if (result.hasErrors()) {
			return form(model);
		}
		try {
			this.interactions.update(this.currentUser.id(), id, form, today);
		}
		catch (InvalidInteractionException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(model);
		}
		catch (StaleEditException ex) {
			result.reject("edit.stale");
			return form(model);
		}
		Flash.success(redirect, "interaction.updated");
		return "redirect:/interactions/" + id;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("interaction",
				this.interactions.get(this.currentUser.id(), id, this.currentUser.today()));
		return CONFIRM_DELETE;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.interactions.delete(this.currentUser.id(), id, this.currentUser.today());
		Flash.success(redirect, "interaction.deleted");
		return "redirect:/interactions";
	}

	private String form(Model model) {
		long owner = this.currentUser.id();
		// Archived people stay selectable on an interaction they are already part of.
		List<ContactRef> options = new ArrayList<>(this.contacts.activeContacts(owner));
		InteractionForm form = (InteractionForm) model.getAttribute("interactionForm");
		if (form != null && form.participantIds() != null) {
			Set<Long> listed = options.stream().map(ContactRef::id).collect(Collectors.toSet());
			this.contacts.refs(owner, form.participantIds().stream().filter(id -> id != null && !listed.contains(id)).toList())
				.values()
				.forEach(options::add);
		}
		model.addAttribute("contactOptions", options);
		model.addAttribute("maxDate", this.currentUser.today().plusDays(InteractionService.MAX_DAYS_AHEAD));
		return FORM;
	}

}
