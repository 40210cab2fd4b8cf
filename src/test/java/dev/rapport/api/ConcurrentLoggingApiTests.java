package dev.rapport.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging is not an edit of the contact: it never changes the contact's version, so an
 * edit form (or a script) that read the contact before a log still saves, and fifty logs
 * for one person at once are fifty successes, not a handful of misleading conflicts.
 */
class ConcurrentLoggingApiTests extends ApiTestSupport {

	@Test
	void loggingLeavesTheContactsVersionAlone() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		Integer versionBefore = read(call(this.mvc.get().uri("/api/v1/contacts/{id}", ana), token), "$.version");

		assertThat(call(this.mvc.post().uri("/api/v1/interactions"), token, coffeeWith(ana))).hasStatus(201);

		MvcTestResult read = call(this.mvc.get().uri("/api/v1/contacts/{id}", ana), token);
		assertThat(read).bodyJson().extractingPath("$.version").isEqualTo(versionBefore);
		assertThat(call(this.mvc.put().uri("/api/v1/contacts/{id}", ana), token,
				"{\"firstName\": \"Ana\", \"lastName\": \"Edited\", \"version\": " + versionBefore + "}"))
			.hasStatusOk();
	}

	@Test
	void fiftyParallelLogsForOnePersonAllSucceed() throws Exception {
		String token = tokenOf(signUp());
		long ana = createContact(token, "Ana");
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			answers.add(threads.submit(() -> {
				start.await();
				return call(this.mvc.post().uri("/api/v1/interactions"), token, coffeeWith(ana)).getResponse()
					.getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		threads.shutdown();

		assertThat(statuses).hasSize(50).containsOnly(201);
		assertThat(call(this.mvc.get().uri("/api/v1/interactions?contactId={id}&size=100", ana), token)).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(50);
	}

	private static String coffeeWith(long contactId) {
		return "{\"date\": \"2026-11-17\", \"kind\": \"COFFEE\", \"direction\": \"MUTUAL\", \"participantIds\": ["
				+ contactId + "]}";
	}

}
