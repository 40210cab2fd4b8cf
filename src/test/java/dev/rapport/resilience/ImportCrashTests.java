package dev.rapport.resilience;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import is one transaction, also against SIGKILL: the real app imports an address
 * book over the API and is killed while it commits (half-way through the time a first,
 * identical import took); started again, it has either every card of the killed import
 * and its record, or none of them and no record. The first, acknowledged import is there
 * whole.
 */
class ImportCrashTests {

	private static final int CARDS = 3_000;

	@TempDir
	Path workingDirectory;

	@Test
	void anImportKilledWhileItCommitsLeavesEverythingOrNothing() throws Exception {
		ApiClient api;
		boolean secondAcknowledged;
		try (RapportProcess app = RapportProcess.start(this.workingDirectory)) {
			api = ApiClient.signUpOwner(app.baseUrl(), "importer@example.com", TestUsers.PASSWORD);
			long start = System.nanoTime();
			ApiClient.Response first = api.postFile("/api/v1/imports", "first.vcf", vcard("Firstcrash"));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(first.status()).as(first.body()).isEqualTo(201);
			assertThat(first.json().get("created").asInt()).isEqualTo(CARDS);

			ExecutorService client = Executors.newSingleThreadExecutor();
			ApiClient importer = api;
			Future<ApiClient.Response> second = client
				.submit(() -> importer.postFile("/api/v1/imports", "second.vcf", vcard("Secondcrash")));
			Thread.sleep(took.toMillis() / 2);
			app.kill();
			secondAcknowledged = answeredCreated(second);
			client.shutdown();
		}
		try (RapportProcess restarted = RapportProcess.start(this.workingDirectory)) {
			api = api.at(restarted.baseUrl());
			assertThat(count(api, "Firstcrash")).isEqualTo(CARDS);
			long seconds = count(api, "Secondcrash");
			int records = api.get("/api/v1/imports").json().size();
			System.out.printf(Locale.ROOT, "Killed import: %d of %d cards after the restart, %d import records%n",
					seconds, CARDS, records);
			assertThat(seconds).as("the killed import's cards: all or none").isIn(0L, (long) CARDS);
			assertThat(records).as("an import record exactly when its cards are there").isEqualTo(seconds == 0 ? 1 : 2);
			if (secondAcknowledged) {
				assertThat(seconds).isEqualTo(CARDS);
			}
		}
	}

	private static boolean answeredCreated(Future<ApiClient.Response> answer) {
		try {
			return answer.get().status() == 201;
		}
		catch (Exception killedUnderTheRequest) {
			return false;
		}
	}

	private static long count(ApiClient api, String name) throws Exception {
		ApiClient.Response page = api.get("/api/v1/contacts?q=" + name + "&size=1");
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.json().get("page").get("totalElements").asLong();
	}

	/** A vCard 3.0 file of {@link #CARDS} cards, each with a name and an email. */
	private static byte[] vcard(String name) {
		StringBuilder file = new StringBuilder();
		for (int i = 0; i < CARDS; i++) {
			file.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:")
				.append(name)
				.append(' ')
				.append(i)
				.append("\r\nN:")
				.append(i)
				.append(';')
				.append(name)
				.append(";;;\r\nEMAIL;TYPE=INTERNET:")
				.append(name.toLowerCase(Locale.ROOT))
				.append('.')
				.append(i)
				.append("@example.com\r\nEND:VCARD\r\n");
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

}
