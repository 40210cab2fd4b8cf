package dev.rapport.contact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * "Known since" as people remember it: a year ({@code 2015}), a month ({@code 2015-03} or
 * {@code 3/2015}) or, when they know it, a day ({@code 2015-03-14}). A year is kept as
 * its 1 January and a month as its 1st, and shown back the same way. Read by the web
 * forms' binding only; the API takes an ISO date.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownSinceFormat {

}
