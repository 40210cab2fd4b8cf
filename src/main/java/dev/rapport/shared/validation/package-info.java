/**
 * Input rules every module applies the same way: storable text, visible names, plausible
 * dates.
 */
package dev.rapport.shared.validation;
