package dev.rapport.contact.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;

import dev.rapport.account.Owner;
import dev.rapport.contact.AddressBookContacts;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactForm;
import dev.rapport.contact.ContactPageSection;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.contact.ContactSummary;
import dev.rapport.contact.InvalidContactException;
import dev.rapport.contact.Rhythm;
import dev.rapport.shared.StaleEditException;
import dev.rapport.shared.web.Flash;
import dev.rapport.shared.web.Paging;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.data.domain.Page;

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
@RequestMapping("/contacts")
class ContactController {

	private static final String THEN_LOG = "log";

	static final String LIST = "contact/list";

	static final String FORM = "contact/form";

	static final String PAGE = "contact/page";

	static final String CONFIRM_DELETE = "contact/delete";

	static final int PAGE_SIZE = 25;

	private final ContactService contacts;

	private final AddressBookContacts addressBooks;

	private final List<ContactPageSection> sections;

	ContactController(ContactService contacts, AddressBookContacts addressBooks, List<ContactPageSection> sections) {
		this.contacts = contacts;
		this.addressBooks = addressBooks;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ContactPageSection::order)).toList();
	}

	/** The rhythms a contact's form offers besides "learn it from our history". */
	/**
	 * Whether this new contact is the first step of "add someone and log your first
	 * interaction": then saving continues to the log form with them chosen, and logging
	 * lands on the dashboard.
	 */
	@ModelAttribute("thenLog")
	boolean thenLog(@RequestParam(name = "then", required = false) String then) {
		return THEN_LOG.equals(then);
	}

	@ModelAttribute("rhythms")
	List<Rhythm> rhythms() {
		return List.of(Rhythm.values());
	}

	@GetMapping
	String list(Owner owner, @RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "tag", required = false) String tag,
			@RequestParam(name = "sort", defaultValue = "NAME") ContactSort sort,
			@RequestParam(name = "archived", defaultValue = "false") boolean archived,
			@RequestParam(name = "tier", required = false) String tier,
			@RequestParam(name = "imported", defaultValue = "false") boolean importedWithoutHistory,
			@RequestParam(name = "page", defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		ContactQuery query = new ContactQuery(text, tag, archived, sort, tier, importedWithoutHistory);
		Page<ContactSummary> found = this.contacts.list(owner, query, Paging.page(page, PAGE_SIZE));
		if (found.getNumber() >= found.getTotalPages() && found.getTotalPages() > 0) {
			// A page past the end (an old link, a shrunken list) shows the last page, not
			// "Page 100 of 3".
			found = this.contacts.list(owner, query, Paging.page(found.getTotalPages() - 1, PAGE_SIZE));
		}
		model.addAttribute("query", query);
		model.addAttribute("contacts", found);
		List<Long> shown = found.getContent().stream().map(ContactSummary::id).toList();
		model.addAttribute("badges", this.contacts.badges(owner, shown));
		model.addAttribute("withPhotos", this.addressBooks.withPhotos(owner.id(), shown));
		model.addAttribute("tiers", this.contacts.tiers());
		model.addAttribute("tags", this.contacts.tags(owner.id()));
		return htmx.isHtmxRequest() ? LIST + " :: results" : LIST;
	}

	@GetMapping("/new")
	String newContact(Model model) {
		model.addAttribute("contactForm", ContactForm.empty());
		return FORM;
	}

	@PostMapping
	String create(Owner owner, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
			@RequestParam(name = "then", required = false) String then, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			long id = this.contacts.create(owner.id(), form.toCommand());
			Flash.success(redirect, "contact.created");
			if (THEN_LOG.equals(then)) {
				return "redirect:/interactions/new?contactId=" + id + "&returnTo=/";
			}
			return "redirect:/contacts/" + id;
		}
		catch (InvalidContactException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.messageArguments(), null);
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String show(Owner owner, @PathVariable long id, Model model) {
		ContactDetails contact = this.contacts.get(owner.id(), id);
		model.addAttribute("contact", contact);
		model.addAttribute("hasPhoto", !this.addressBooks.withPhotos(owner.id(), List.of(id)).isEmpty());
		model.addAttribute("sections", this.sections.stream().map(section -> section.render(owner, id)).toList());
		return PAGE;
	}

	@GetMapping("/{id}/edit")
	String edit(Owner owner, @PathVariable long id, Model model) {
		ContactDetails contact = this.contacts.get(owner.id(), id);
		model.addAttribute("contactId", id);
		model.addAttribute("contactForm", contact.toForm());
		return FORM;
	}

	@PostMapping("/{id}")
	String update(Owner owner, @PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.contacts.get(owner.id(), id);
		model.addAttribute("contactId", id);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.contacts.update(owner.id(), id, form.toCommand());
		}
		catch (InvalidContactException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.messageArguments(), null);
			return FORM;
		}
		catch (StaleEditException ex) {
			result.reject("edit.stale");
			return FORM;
		}
		Flash.success(redirect, "contact.updated");
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(Owner owner, @PathVariable long id, RedirectAttributes redirect) {
		this.contacts.archive(owner.id(), id);
		Flash.success(redirect, "contact.archived");
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/{id}/unarchive")
	String unarchive(Owner owner, @PathVariable long id, RedirectAttributes redirect) {
		this.contacts.unarchive(owner.id(), id);
		Flash.success(redirect, "contact.unarchived");
		return "redirect:/contacts/" + id;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(Owner owner, @PathVariable long id, Model model) {
		model.addAttribute("contact", this.contacts.get(owner.id(), id));
		return CONFIRM_DELETE;
	}

	@PostMapping("/{id}/delete")
	String delete(Owner owner, @PathVariable long id, RedirectAttributes redirect) {
		this.contacts.delete(owner.id(), id);
		Flash.success(redirect, "contact.deleted");
		return "redirect:/contacts";
	}

}
