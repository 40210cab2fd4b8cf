package dev.rapport.contact;

import java.util.List;

/**
 * How to reach a contact: every email and phone with its label (the primary one first),
 * the postal addresses, and whether there is a photo.
 */
public record ContactChannels(List<LabelledValue> emails, List<LabelledValue> phones, List<PostalAddress> addresses,
		boolean hasPhoto) {
}
