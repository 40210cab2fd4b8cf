package dev.rapport.contact;

/**
 * One email address or phone number with the label its address book gave it ("home",
 * "work", "mobile", a custom one), or {@code null} for none.
 */
public record LabelledValue(String label, String value) {
}
