package dev.rapport.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.rapport.account.AccountService;
import dev.rapport.support.TestUsers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A fresh installation with registration closed, hit by several first visitors at once:
 * the database lets exactly one of them become the owner, and the others get the ordinary
 * form message, never an error page.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:first-run-race;DB_CLOSE_DELAY=-1",
		"rapport.registration.open=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignUpRaceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void parallelFirstRunSignUpsCreateExactlyOneOwner() throws Exception {
		List<MvcTestResult> answers = inParallel(5, i -> signUp("first-" + i + "@example.com"));

		assertThat(this.jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(1);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 302).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 200)
			.hasSize(4)
			.allSatisfy(answer -> assertThat(answer).bodyText().contains("Sign-up is closed"));
	}

	private MvcTestResult signUp(String email) {
		return this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("displayName", "Someone")
			.param("email", email)
			.param("password", TestUsers.PASSWORD)
			.param("timeZone", "Europe/Lisbon")
			.exchange();
	}

	/**
	 * Runs {@code count} calls released at the same instant, and answers their results.
	 */
	static <T> List<T> inParallel(int count, IndexedCall<T> call) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int index = i;
			Callable<T> task = () -> {
				start.await();
				return call.call(index);
			};
			futures.add(threads.submit(task));
		}
		start.countDown();
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			results.add(future.get());
		}
		threads.shutdown();
		return results;
	}

	interface IndexedCall<T> {

		T call(int index) throws Exception;

	}

}
