package dev.rapport.account.web;

import java.util.ArrayList;
import java.util.List;

import dev.rapport.account.AccountService;
import dev.rapport.account.SignInProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; on a fresh install with no account yet it sends the visitor to
 * sign-up. After too many failed attempts the throttle sends the visitor here with the
 * minutes left to wait.
 */
@Controller
class SignInController {

	private final AccountService accounts;

	private final ObjectProvider<ClientRegistrationRepository> providers;

	private final SignInProperties signIn;

	SignInController(AccountService accounts, ObjectProvider<ClientRegistrationRepository> providers,
			SignInProperties signIn) {
		this.accounts = accounts;
		this.providers = providers;
		this.signIn = signIn;
	}

	/**
	 * A single sign-on provider offered on the page: where its button starts, and its
	 * name.
	 */
	record Provider(String registrationId, String name) {
	}

	/**
	 * Longer than the throttle's window would be a lie, so the number shown is capped.
	 */
	static final int MAX_WAIT_MINUTES = 15;

	@GetMapping("/login")
	String signIn(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
		List<Provider> providers = providers();
		if (providers.isEmpty() && !this.accounts.hasAnyAccount()) {
			return "redirect:/signup";
		}
		model.addAttribute("providers", providers);
		model.addAttribute("passwordSignIn", providers.isEmpty() || this.signIn.password());
		if (throttled != null) {
			model.addAttribute("throttledMinutes", minutes(throttled));
		}
		return "account/login";
	}

	/**
	 * The configured providers (Boot's repository lists them; another kind is not
	 * offered).
	 */
	private List<Provider> providers() {
		return configured(this.providers);
	}

	static List<Provider> configured(ObjectProvider<ClientRegistrationRepository> providers) {
		List<Provider> found = new ArrayList<>();
		if (providers.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				if (registration instanceof ClientRegistration client) {
					found.add(new Provider(client.getRegistrationId(), client.getClientName()));
				}
			}
		}
		return found;
	}

	private static int minutes(String throttled) {
		try {
			return Math.min(MAX_WAIT_MINUTES, Math.max(1, Integer.parseInt(throttled)));
		}
		catch (NumberFormatException ex) {
			return MAX_WAIT_MINUTES;
		}
	}

}
