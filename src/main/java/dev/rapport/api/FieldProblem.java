package dev.rapport.api;

/**
 * One entry of a 400 problem's {@code errors} array: which field (a JSON path such as
 * {@code participantIds[0]}, null for the body as a whole) and what is wrong with it.
 */
record FieldProblem(String field, String message) {
}
