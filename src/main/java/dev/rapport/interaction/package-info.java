/**
 * Interactions: the meals, coffees, calls and messages a user logs with one or several
 * contacts. Publishes {@link dev.rapport.interaction.InteractionLogged} and
 * {@link dev.rapport.interaction.InteractionChanged} so scoring and the weekly list
 * follow along.
 */
@ApplicationModule(allowedDependencies = { "contact", "account", "shared" })
package dev.rapport.interaction;

import org.springframework.modulith.ApplicationModule;
