package dev.rapport.contact.web;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactPageSection;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.ImportantDateView;

import org.springframework.stereotype.Component;

/**
 * The contact page's important dates (birthday first), each with when it next comes
 * round.
 */
@Component
class ImportantDatesSection implements ContactPageSection {

	private final ImportantDateService dates;

	ImportantDatesSection(ImportantDateService dates) {
		this.dates = dates;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public View render(Owner owner, long contactId) {
		LocalDate today = owner.today();
		List<Row> rows = this.dates.ofContact(owner.id(), contactId)
			.stream()
			.map(date -> new Row(date, date.date().nextOnOrAfter(today),
					date.date().yearsOn(date.date().nextOnOrAfter(today)).orElse(null)))
			.toList();
		return new View("contact/dates", new ContactDates(contactId, rows));
	}

	record ContactDates(long contactId, List<Row> dates) {
	}

	/**
	 * A date with its next occurrence and the years it will mark then (null when
	 * unknown).
	 */
	record Row(ImportantDateView date, LocalDate next, Integer years) {
	}

}
