/**
 * Tiny cross-cutting pieces every module may use: the {@link java.time.Clock} bean, web
 * advice, error pages and small value types. Depends on nothing else in Rapport.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package dev.rapport.shared;

import org.springframework.modulith.ApplicationModule;
