/**
 * Depth: the habits that deepen a relationship, turned into small, explainable rules. The
 * rhythm check compares the rhythms the user intends with the touches they actually
 * manage; breaking bread, giving first, life events and gatherings build on the same
 * idea. Every rule is a pure class with a fixed "today", and each service only reads
 * other modules' public services.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "contact", "interaction", "followup", "scoring", "account", "shared" })
package dev.rapport.depth;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
