package dev.rapport.interaction;

import java.util.Locale;

import dev.rapport.contact.ContactRef;
import dev.rapport.shared.web.Names;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An interaction in the words a confirmation uses: "Coffee with Ana and Ben", so a toast
 * can say exactly what happened ("Coffee with Ana and Ben logged.").
 */
@Component
public class InteractionSentences {

	private final MessageSource messages;

	InteractionSentences(MessageSource messages) {
		this.messages = messages;
	}

	public String describe(InteractionView interaction) {
		Locale locale = LocaleContextHolder.getLocale();
		String kind = this.messages.getMessage("interaction.kind." + interaction.kind(), null, locale);
		String names = Names.join(interaction.participants().stream().map(ContactRef::displayName).toList(),
				this.messages.getMessage("list.and", null, locale));
		return this.messages.getMessage("interaction.kindWith", new Object[] { kind, names }, locale);
	}

	/** The message key of the confirmation: logged, or planned for a future date. */
	public static String confirmationKey(InteractionView interaction) {
		return interaction.planned() ? "interaction.plannedWhat" : "interaction.loggedWhat";
	}

}
