package dev.rapport.depth;

/**
 * What happened in someone's life. Each kind has its check-in rule in
 * {@link LifeEventCheckIns}.
 */
public enum LifeEventKind {

	NEW_JOB, MOVED, NEW_BABY, WEDDING, LOSS, GRADUATION, HEALTH, OTHER

}
