package dev.rapport.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.contact.ContactService;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script (or an impatient user) may send the same import several times at once.
 * Parallel dry runs are reads: every one answers the same preview and nothing is written.
 * Parallel commits of one file land once: one creates the people, the others find them
 * there (or are told another import ran at the same time); never a 5xx, never a person
 * twice.
 */
class ConcurrentImportApiTests extends ApiTestSupport {

	private static final int REQUESTS = 12;

	@Autowired
	ContactService contacts;

	@Test
	void parallelDryRunsAllAnswerTheSamePreviewAndWriteNothing() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		byte[] file = testFile("linkedin/generation-2024-url.csv");

		List<MvcTestResult> answers = inParallel(() -> upload(token, file, true));

		assertThat(answers).allSatisfy(answer -> assertThat(answer).hasStatusOk());
		List<String> bodies = new ArrayList<>();
		for (MvcTestResult answer : answers) {
			bodies.add(answer.getResponse().getContentAsString());
		}
		assertThat(bodies).allSatisfy(body -> assertThat(body).isEqualTo(bodies.get(0)).contains("\"dryRun\":true"));
		assertThat(this.contacts.count(user.id())).isZero();
	}

	@Test
	void parallelCommitsOfOneFileLandOnce() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		byte[] file = testFile("linkedin/generation-2024-url.csv");
		MvcTestResult preview = upload(token, file, true);
		Integer toCreate = read(preview, "$.created");

		List<MvcTestResult> answers = inParallel(() -> upload(token, file, false));

		List<Integer> statuses = answers.stream().map(answer -> answer.getResponse().getStatus()).toList();
		assertThat(statuses).as("201 for a commit, 409 when another import of this user ran at the same time")
			.containsAnyOf(201)
			.allSatisfy(status -> assertThat(status).isIn(201, 409));
		assertThat(toCreate).isPositive();
		assertThat(this.contacts.count(user.id())).isEqualTo(toCreate.longValue());
	}

	private List<MvcTestResult> inParallel(Callable<MvcTestResult> request) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(6);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MvcTestResult>> futures = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				futures.add(threads.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			start.countDown();
			List<MvcTestResult> answers = new ArrayList<>();
			for (Future<MvcTestResult> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			threads.shutdown();
		}
	}

	private MvcTestResult upload(String token, byte[] content, boolean dryRun) {
		return upload("/api/v1/imports/linkedin", token, "Connections.csv", content, dryRun);
	}

}
