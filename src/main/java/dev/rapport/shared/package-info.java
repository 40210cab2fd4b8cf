/**
 * Tiny cross-cutting pieces every module may use: the {@link java.time.Clock} bean, web advice,
 * error pages and small value types. Depends on nothing else in Rapport.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.rapport.shared;
