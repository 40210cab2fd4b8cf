package dev.rapport.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * The people a form's picker lists: those already picked, then the few whose name,
 * company or email contains what was searched for. A picker never lists the whole network
 * (10,000 contacts made a form a megabyte and half a second): with JavaScript the
 * type-ahead asks the server as you type; without it, the form's "Find" button shows the
 * matches.
 */
@Service
public class ContactPicker {

	/** How many matches a search shows. */
	public static final int SHOWN = 20;

	/** Longer searches match nothing (no name is that long). */
	public static final int LONGEST_QUERY = 200;

	private final ContactService contacts;

	ContactPicker(ContactService contacts) {
		this.contacts = contacts;
	}

	/**
	 * The picked people of the owner (archived ones too, so an edit keeps them), in the
	 * order given, then up to {@link #SHOWN} active contacts matching {@code query} (if
	 * any) who are not picked yet. Ids of other owners' contacts are left out.
	 */
	public List<ContactRef> options(long ownerId, Collection<Long> picked, String query) {
		Set<Long> pickedIds = new LinkedHashSet<>();
		if (picked != null) {
			picked.stream().filter(Objects::nonNull).forEach(pickedIds::add);
		}
		Map<Long, ContactRef> refs = this.contacts.refs(ownerId, pickedIds);
		List<ContactRef> options = new ArrayList<>();
		pickedIds.stream().map(refs::get).filter(Objects::nonNull).forEach(options::add);
		matches(ownerId, query).stream().filter(match -> !refs.containsKey(match.id())).forEach(options::add);
		return options;
	}

	/**
	 * Up to {@link #SHOWN} active contacts whose name, company or email contains
	 * {@code query}, by name; none for a blank or overlong query.
	 */
	public List<ContactRef> matches(long ownerId, String query) {
		String text = (query == null) ? "" : query.strip();
		if (text.isEmpty() || text.length() > LONGEST_QUERY) {
			return List.of();
		}
		return this.contacts.search(ownerId, text, SHOWN);
	}

	/**
	 * Whether the owner has any contact at all (a picker with nobody to find says so).
	 */
	public boolean hasContacts(long ownerId) {
		return this.contacts.count(ownerId) > 0;
	}

}
