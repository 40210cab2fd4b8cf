/**
 * Backups of the embedded H2 database: a nightly online {@code BACKUP TO} into
 * {@code ./data/backups} with a retention count, and the same on demand for the instance
 * owner ({@code POST /api/v1/admin/backup}). PostgreSQL is backed up with {@code pg_dump}
 * (docs/operations.md). Owns no tables.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package dev.rapport.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
