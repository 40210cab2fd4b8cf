package dev.rapport.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactPicker;
import dev.rapport.followup.FollowUpForm;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.FollowUpView;
import dev.rapport.followup.InvalidFollowUpException;
import dev.rapport.followup.Side;
import dev.rapport.shared.StaleEditException;
import dev.rapport.shared.web.Flash;
import dev.rapport.shared.web.LocalRedirects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/follow-ups")
class FollowUpController {

	static final String LIST = "followup/list";

	static final String FORM = "followup/form";

	static final String DONE = "followup/done";

	static final int DONE_PAGE_SIZE = 25;

	static final int DEFAULT_DAYS_AHEAD = 7;

	/** The name of the form's "Find" button (a search for people, not a save). */
	static final String FIND = "find";

	/** How the toasts name a due date: "Fri 18 Dec 2026". */
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private final FollowUpService followUps;

	private final ContactPicker picker;

	FollowUpController(FollowUpService followUps, ContactPicker picker) {
		this.followUps = followUps;
		this.picker = picker;
	}

	/**
	 * The local page to go back to after saving, if the link that opened the form named
	 * one.
	 */
	@ModelAttribute("returnTo")
	String returnTo(@RequestParam(name = "returnTo", required = false) String returnTo) {
		return LocalRedirects.isLocal(returnTo) ? returnTo : null;
	}

	@ModelAttribute("sides")
	Side[] sides() {
		return Side.values();
	}

	@GetMapping
	String list(Owner owner, Model model) {
		LocalDate today = owner.today();
		model.addAttribute("overview", this.followUps.overview(owner.id(), today));
		model.addAttribute("today", today);
		return LIST;
	}

	/** Everything done, the most recently done first, to look back on or reopen. */
	@GetMapping("/done")
	String done(Owner owner, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		LocalDate today = owner.today();
		Page<FollowUpView> done = this.followUps.done(owner.id(), today,
				PageRequest.of(Math.max(0, page), DONE_PAGE_SIZE));
		if (done.getNumber() >= done.getTotalPages() && done.getTotalPages() > 0) {
			done = this.followUps.done(owner.id(), today, PageRequest.of(done.getTotalPages() - 1, DONE_PAGE_SIZE));
		}
		model.addAttribute("done", done);
		return DONE;
	}

	@GetMapping("/new")
	String newFollowUp(Owner owner, @RequestParam(name = "contactId", required = false) Long contactId,
			@RequestParam(name = "interactionId", required = false) Long interactionId, Model model) {
		model.addAttribute("followUpForm",
				FollowUpForm.startingOn(owner.today().plusDays(DEFAULT_DAYS_AHEAD), contactId, interactionId));
		return form(owner, model);
	}

	@PostMapping
	String create(Owner owner, @Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result,
			Model model, @RequestParam(name = "returnTo", required = false) String returnTo,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(owner, model);
		}
		try {
			this.followUps.create(owner.id(), form.toCommand());
		}
		catch (InvalidFollowUpException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(owner, model);
		}
		Flash.success(redirect, "followup.created");
		return LocalRedirects.to(returnTo, "/contacts/" + form.contactId());
	}

	@GetMapping("/{id}/edit")
	String edit(Owner owner, @PathVariable long id, Model model) {
		model.addAttribute("followUpId", id);
		model.addAttribute("followUpForm", this.followUps.get(owner.id(), id, owner.today()).toForm());
		return form(owner, model);
	}

	/**
	 * Saves an edit and goes back where the edit was opened from (the follow-ups page by
	 * default).
	 */
	@PostMapping("/{id}")
	String update(Owner owner, @PathVariable long id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult result, Model model, @RequestParam(name = "returnTo", required = false) String returnTo,
			RedirectAttributes redirect) {
		this.followUps.get(owner.id(), id, owner.today());
		model.addAttribute("followUpId", id);
		if (result.hasErrors()) {
			return form(owner, model);
		}
		try {
			this.followUps.update(owner.id(), id, form.toCommand());
		}
		catch (InvalidFollowUpException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(owner, model);
		}
		catch (StaleEditException ex) {
			result.reject("edit.stale");
			return form(owner, model);
		}
		Flash.success(redirect, "followup.updated");
		return LocalRedirects.to(returnTo, "/follow-ups");
	}

	@PostMapping("/{id}/complete")
	String complete(Owner owner, @PathVariable long id,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes redirect) {
		this.followUps.complete(owner.id(), id, owner.today());
		Flash.undoable(redirect, "/follow-ups/" + id + "/reopen", returnTo, "followup.completed");
		return LocalRedirects.to(returnTo, "/follow-ups");
	}

	@PostMapping("/{id}/reopen")
	String reopen(Owner owner, @PathVariable long id,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes redirect) {
		this.followUps.reopen(owner.id(), id);
		Flash.undoable(redirect, "/follow-ups/" + id + "/complete", returnTo, "followup.reopened");
		return LocalRedirects.to(returnTo, "/follow-ups");
	}

	/**
	 * Snoozes to a later day; the toast's Undo puts the due date back (unless the
	 * follow-up changed since).
	 */
	@PostMapping("/{id}/snooze")
	String snooze(Owner owner, @PathVariable long id,
			@RequestParam(name = "until",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes redirect) {
		LocalDate today = owner.today();
		FollowUpView before = this.followUps.get(owner.id(), id, today);
		try {
			this.followUps.snooze(owner.id(), id, until, today);
			FollowUpView after = this.followUps.get(owner.id(), id, today);
			Flash.undoable(redirect,
					new Flash.Undo("/follow-ups/" + id + "/unsnooze", returnTo,
							Map.of("dueOn", List.of(before.dueOn().toString()), "version",
									List.of(String.valueOf(after.version())))),
					"followup.snoozedWhat", before.title(), DAY.format(after.dueOn()));
		}
		catch (InvalidFollowUpException ex) {
			Flash.problem(redirect, ex.messageKey());
		}
		return LocalRedirects.to(returnTo, "/follow-ups");
	}

	/** Undo for a snooze: due again on the day it was due before. */
	@PostMapping("/{id}/unsnooze")
	String unsnooze(Owner owner, @PathVariable long id,
			@RequestParam(name = "dueOn",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes redirect) {
		FollowUpView followUp = this.followUps.get(owner.id(), id, owner.today());
		try {
			this.followUps.unsnooze(owner.id(), id, dueOn, version == null ? -1 : version);
			Flash.success(redirect, "followup.unsnoozed", followUp.title(), DAY.format(dueOn));
		}
		catch (StaleEditException ex) {
			Flash.problem(redirect, "followup.undoStale");
		}
		catch (InvalidFollowUpException ex) {
			Flash.problem(redirect, ex.messageKey());
		}
		return LocalRedirects.to(returnTo, "/follow-ups");
	}

	/**
	 * Deletes the follow-up; the toast's Undo restores it from the fields it carries (a
	 * new follow-up with the same person, title, due date and side, still done if it
	 * was).
	 */
	@PostMapping("/{id}/delete")
	String delete(Owner owner, @PathVariable long id,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes redirect) {
		FollowUpView deleted = this.followUps.get(owner.id(), id, owner.today());
		this.followUps.delete(owner.id(), id);
		String back = (!LocalRedirects.isLocal(returnTo) || returnTo.startsWith("/follow-ups/" + id + "/"))
				? "/follow-ups" : returnTo;
		Flash.undoable(redirect, new Flash.Undo("/follow-ups/restore", back, fieldsOf(deleted)), "followup.deletedWhat",
				deleted.title());
		return LocalRedirects.to(back, "/follow-ups");
	}

	/** Undo for delete: the follow-up again. */
	@PostMapping("/restore")
	String restore(Owner owner, @Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result,
			@RequestParam(name = "completedOn",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Flash.problem(redirect, "followup.notRestored");
			return LocalRedirects.to(returnTo, "/follow-ups");
		}
		try {
			this.followUps.restore(owner.id(), form.toCommand(), completedOn);
			Flash.success(redirect, "followup.restored", form.title());
		}
		catch (InvalidFollowUpException ex) {
			Flash.problem(redirect, "followup.notRestored");
		}
		return LocalRedirects.to(returnTo, "/follow-ups");
	}

	private static Map<String, List<String>> fieldsOf(FollowUpView followUp) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("contactId", List.of(String.valueOf(followUp.contact().id())));
		if (followUp.interactionId() != null) {
			fields.put("interactionId", List.of(String.valueOf(followUp.interactionId())));
		}
		fields.put("title", List.of(followUp.title()));
		fields.put("dueOn", List.of(followUp.dueOn().toString()));
		fields.put("side", List.of(followUp.side().name()));
		if (followUp.completedOn() != null) {
			fields.put("completedOn", List.of(followUp.completedOn().toString()));
		}
		return fields;
	}

	private String form(Owner owner, Model model) {
		return form(owner, model, null);
	}

	/**
	 * The form with the person picked so far and, after "Find", the people matching
	 * {@code query}; never every contact (see {@link ContactPicker}).
	 */
	private String form(Owner owner, Model model, String query) {
		FollowUpForm form = (FollowUpForm) model.getAttribute("followUpForm");
		Long picked = (form != null) ? form.contactId() : null;
		model.addAttribute("contactOptions",
				this.picker.options(owner.id(), (picked != null) ? List.of(picked) : List.of(), query));
		model.addAttribute("pickerQuery", query);
		return FORM;
	}

	/**
	 * "Find" in the form without JavaScript: shows the people matching {@code q} beside
	 * the one already picked, keeping everything typed so far; nothing is saved.
	 */
	@PostMapping(params = FIND)
	String findPeople(Owner owner, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result,
			@RequestParam(name = "q", required = false) String query, Model model) {
		keepWithoutErrors(owner, form, model);
		return form(owner, model, query);
	}

	/** "Find" in the edit form without JavaScript (see {@link #findPeople}). */
	@PostMapping(path = "/{id}", params = FIND)
	String findPeopleForEdit(Owner owner, @PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult result, @RequestParam(name = "q", required = false) String query, Model model) {
		this.followUps.get(owner.id(), id, owner.today());
		model.addAttribute("followUpId", id);
		keepWithoutErrors(owner, form, model);
		return form(owner, model, query);
	}

	/**
	 * A search is not a save: the half-filled form shows no field messages yet (a value
	 * that could not be read is dropped, as an empty field would be).
	 */
	private void keepWithoutErrors(Owner owner, FollowUpForm form, Model model) {
		FollowUpForm kept = (form != null) ? form
				: FollowUpForm.startingOn(owner.today().plusDays(DEFAULT_DAYS_AHEAD), null, null);
		model.addAttribute("followUpForm", kept);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "followUpForm",
				new BeanPropertyBindingResult(kept, "followUpForm"));
	}

}
