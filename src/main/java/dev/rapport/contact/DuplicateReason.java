package dev.rapport.contact;

/** Why two contacts look like one person, strongest first. */
public enum DuplicateReason {

	SAME_EMAIL, SAME_PHONE, SAME_LINKEDIN, SIMILAR_NAME

}
