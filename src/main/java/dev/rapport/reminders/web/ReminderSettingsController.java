package dev.rapport.reminders.web;

import java.time.DayOfWeek;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import dev.rapport.account.CurrentUser;
import dev.rapport.account.Owner;
import dev.rapport.reminders.CalendarFeedService;
import dev.rapport.reminders.DigestService;
import dev.rapport.reminders.DigestSettingsCommand;
import dev.rapport.reminders.DigestSettingsForm;
import dev.rapport.reminders.MailUnavailableException;
import dev.rapport.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings, Reminders: the weekly email (on or off, day, hour, "send it now") and the
 * calendar feed (turn on, make a new address, turn off).
 */
@Controller
@RequestMapping("/settings/reminders")
class ReminderSettingsController {

	static final String PAGE = "reminders/settings";

	private final DigestService digests;

	private final CalendarFeedService feeds;

	private final CurrentUser currentUser;

	ReminderSettingsController(DigestService digests, CalendarFeedService feeds, CurrentUser currentUser) {
		this.digests = digests;
		this.feeds = feeds;
		this.currentUser = currentUser;
	}

	@ModelAttribute
	void common(Owner owner, Model model) {
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("hours",
				IntStream.rangeClosed(DigestSettingsCommand.FIRST_HOUR, DigestSettingsCommand.LAST_HOUR)
					.boxed()
					.toList());
		model.addAttribute("mailConfigured", this.digests.mailConfigured());
		model.addAttribute("email", this.currentUser.principal().email());
		model.addAttribute("zone", owner.zone().getId());
		model.addAttribute("latestSend", this.digests.latestSend(owner.id()).orElse(null));
		model.addAttribute("feedActive", this.feeds.active(owner.id()));
		model.addAttribute("navSection", "/settings");
	}

	@GetMapping
	String page(Owner owner, Model model) {
		model.addAttribute("digestForm", this.digests.settings(owner.id()).toForm());
		return PAGE;
	}

	@PostMapping("/digest")
	String saveDigest(Owner owner, @Valid @ModelAttribute("digestForm") DigestSettingsForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return PAGE;
		}
		this.digests.saveSettings(owner.id(), form.toCommand());
		Flash.success(redirect, "reminders.digest.saved");
		return "redirect:/settings/reminders";
	}

	@PostMapping("/digest/send")
	String sendNow(Owner owner, RedirectAttributes redirect) {
		try {
			String to = this.digests.sendNow(owner.id());
			Flash.success(redirect, "reminders.digest.sent", to);
		}
		catch (MailUnavailableException ex) {
			Flash.problem(redirect, ex.configured() ? "reminders.digest.mailDown" : "reminders.digest.noMail");
		}
		return "redirect:/settings/reminders";
	}

	@PostMapping("/feed")
	String createFeed(Owner owner, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", this.feeds.create(owner.id()));
		Flash.success(redirect, "reminders.feed.created");
		return "redirect:/settings/reminders#calendar-feed";
	}

	@PostMapping("/feed/delete")
	String revokeFeed(Owner owner, RedirectAttributes redirect) {
		this.feeds.revoke(owner.id());
		Flash.success(redirect, "reminders.feed.revoked");
		return "redirect:/settings/reminders#calendar-feed";
	}

}
