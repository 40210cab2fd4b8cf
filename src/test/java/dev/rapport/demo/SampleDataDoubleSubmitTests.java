package dev.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** "Load sample data" clicked twice (or submitted from two tabs) loads it once. */
@WebIntegrationTest
class SampleDataDoubleSubmitTests {

	@Autowired
	SampleDataService sampleData;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoLoadsAtOnceLandOnce() throws Exception {
		long owner = this.accounts
			.signUp(new SignUp("Twice", "twice-" + UUID.randomUUID() + "@example.com", TestUsers.PASSWORD,
					"Europe/Lisbon"))
			.id();
		LocalDate today = LocalDate.of(2026, 11, 18);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> loads = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			loads.add(threads.submit(() -> {
				start.await();
				try {
					return this.sampleData.load(owner, today);
				}
				catch (PessimisticLockingFailureException waitedTooLong) {
					// The second load may give up waiting for the first; either way it
					// adds nobody.
					return 0;
				}
			}));
		}
		start.countDown();
		List<Integer> added = new ArrayList<>();
		for (Future<Integer> load : loads) {
			added.add(load.get());
		}
		threads.shutdown();

		assertThat(added).containsExactlyInAnyOrder(SampleDataGenerator.SAMPLE_PEOPLE, 0);
		assertThat(this.jdbc.queryForObject("select count(*) from contact where owner_id = ?", Integer.class, owner))
			.isEqualTo(SampleDataGenerator.SAMPLE_PEOPLE);
	}

}
