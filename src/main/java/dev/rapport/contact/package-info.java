/**
 * Contacts: the people a user keeps track of, their tags, search and the contact pages.
 * The contact page is composed of {@link dev.rapport.contact.ContactPageSection}s that
 * other modules contribute, so this module depends on none of them.
 */
@ApplicationModule(allowedDependencies = { "account", "shared" })
package dev.rapport.contact;

import org.springframework.modulith.ApplicationModule;
