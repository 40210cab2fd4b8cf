package dev.rapport.account.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.validation.Valid;

import dev.rapport.account.AccessTokenScope;
import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccessTokenView;
import dev.rapport.account.CreatedAccessToken;
import dev.rapport.account.Owner;
import dev.rapport.account.NewAccessToken;
import dev.rapport.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings page: personal access tokens for the JSON API. A new token travels to the
 * page once as a flash attribute and is never retrievable again.
 */
@Controller
class SettingsController {

	static final String VIEW = "account/settings";

	private final AccessTokenService tokens;

	SettingsController(AccessTokenService tokens) {
		this.tokens = tokens;
	}

	/**
	 * The expiries the page offers, in days; the API takes any number up to ten years.
	 */
	static final List<Integer> TOKEN_EXPIRIES = List.of(30, 90, 365);

	@GetMapping("/settings")
	String settings(Owner owner, Model model) {
		if (!model.containsAttribute("newAccessToken")) {
			model.addAttribute("newAccessToken", NewAccessToken.empty());
		}
		return page(owner, model);
	}

	@PostMapping("/settings/tokens")
	String createToken(Owner owner, @Valid @ModelAttribute("newAccessToken") NewAccessToken form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(owner, model);
		}
		CreatedAccessToken created = this.tokens.create(owner.id(), form);
		redirect.addFlashAttribute("createdToken", created);
		Flash.success(redirect, "settings.token.created", created.name());
		return "redirect:/settings";
	}

	@PostMapping("/settings/tokens/{id}/revoke")
	String revokeToken(Owner owner, @PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(owner.id(), id);
		Flash.success(redirect, "settings.token.revoked");
		return "redirect:/settings";
	}

	private String page(Owner owner, Model model) {
		ZoneId zone = owner.zone();
		model.addAttribute("tokenScopes", AccessTokenScope.values());
		model.addAttribute("tokenExpiries", TOKEN_EXPIRIES);
		model.addAttribute("accessTokens",
				this.tokens.list(owner.id()).stream().map(token -> TokenRow.of(token, zone)).toList());
		return VIEW;
	}

	/** A token with its dates in the user's own time zone. */
	record TokenRow(long id, String name, String prefix, ZonedDateTime createdAt, ZonedDateTime lastUsedAt,
			AccessTokenScope scope, ZonedDateTime expiresAt, boolean expired) {

		static TokenRow of(AccessTokenView token, ZoneId zone) {
			return new TokenRow(token.id(), token.name(), token.prefix(), token.createdAt().atZone(zone),
					token.lastUsedAt() == null ? null : token.lastUsedAt().atZone(zone), token.scope(),
					token.expiresAt() == null ? null : token.expiresAt().atZone(zone), token.expired());
		}

	}

}
