package dev.rapport.dashboard.web;

import dev.rapport.contact.ContactRef;

/** A person offered in the quick log's picker; {@code picked} ones come checked. */
public record QuickLogPerson(ContactRef contact, boolean picked) {
}
