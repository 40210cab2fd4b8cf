package dev.rapport.importing.backup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore's map from a backup's ids to the new ones, for files in id order (as
 * Rapport writes them) and for files that are not.
 */
class IdMapTests {

	@Test
	void findsEveryIdOfAFileInIdOrderAcrossGrowth() {
		BackupRestorer.IdMap ids = new BackupRestorer.IdMap();
		for (long old = 1; old <= 5_000; old++) {
			ids.put(old * 3, old + 100_000);
		}
		assertThat(ids.get(3)).isEqualTo(100_001L);
		assertThat(ids.get(15_000)).isEqualTo(105_000L);
		assertThat(ids.get(4)).isNull();
		assertThat(ids.get(0)).isNull();
		assertThat(ids.get(15_003)).isNull();
	}

	@Test
	void aFileOutOfOrderIsSortedOnceAndTheLaterOfTwoEqualIdsWins() {
		BackupRestorer.IdMap ids = new BackupRestorer.IdMap();
		ids.put(50, 1);
		ids.put(7, 2);
		ids.put(50, 3);
		ids.put(9, 4);
		assertThat(ids.get(7)).isEqualTo(2L);
		assertThat(ids.get(9)).isEqualTo(4L);
		assertThat(ids.get(50)).isEqualTo(3L);
		assertThat(ids.get(8)).isNull();
		// Added after a look-up, still in order or not.
		ids.put(60, 5);
		ids.put(1, 6);
		assertThat(ids.get(60)).isEqualTo(5L);
		assertThat(ids.get(1)).isEqualTo(6L);
		assertThat(ids.get(50)).isEqualTo(3L);
	}

}
