package dev.rapport.resilience;

import dev.rapport.support.TestUsers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing the app has answered is lost to a crash. The real app runs as a child process
 * on its default file database; several threads create contacts, log interactions, update
 * contacts and add follow-ups through the API; the process is killed with SIGKILL in the
 * middle of the burst, started again, and every write that was answered with a 2xx must
 * be there, exactly as answered. Three crashes in a row, then a last start that also
 * checks no id was handed out twice.
 */
class CrashDurabilityTests {

	private static final int CRASHES = 3;

	private static final int WRITERS = 4;

	private static final Duration BURST = Duration.ofSeconds(4);

	private static final Duration MAX_BURST = Duration.ofSeconds(90);

	private static final int MIN_ACKNOWLEDGED_PER_BURST = 40;

	@TempDir
	Path workingDirectory;

	/** What the app acknowledged, by kind and id; kept across crashes. */
	private final Map<String, Map<Long, String>> acknowledged = new ConcurrentHashMap<>();

	/**
	 * Contact updates: the last acknowledged notes per contact, and the one still in
	 * flight at the crash.
	 */
	private final Map<Long, String> lastAcknowledgedNotes = new ConcurrentHashMap<>();

	private final Map<Long, String> notesInFlight = new ConcurrentHashMap<>();

	private final List<String> unexpectedAnswers = new ArrayList<>();

	@Test
	void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
		ApiClient api;
		try (RapportProcess app = RapportProcess.start(this.workingDirectory)) {
			api = ApiClient.signUpOwner(app.baseUrl(), "owner@example.com", TestUsers.PASSWORD);
			for (int crash = 1; crash <= CRASHES; crash++) {
				if (crash > 1) {
					try (RapportProcess restarted = RapportProcess.start(this.workingDirectory)) {
						api = api.at(restarted.baseUrl());
						verifyEverythingAcknowledgedIsThere(api);
						burstThenKill(api, restarted, crash);
					}
				}
				else {
					burstThenKill(api, app, crash);
				}
			}
		}
		try (RapportProcess last = RapportProcess.start(this.workingDirectory)) {
			api = api.at(last.baseUrl());
			int lost = verifyEverythingAcknowledgedIsThere(api);
			long newest = api.post("/api/v1/contacts", "{\"firstName\": \"After\", \"lastName\": \"Crashes\"}")
				.json()
				.get("id")
				.asLong();
			long highestAcknowledged = this.acknowledged.getOrDefault("contact", Map.of())
				.keySet()
				.stream()
				.mapToLong(Long::longValue)
				.max()
				.orElse(0);
			int total = acknowledgedSoFar();
			long serverErrorCount = this.unexpectedAnswers.stream()
				.filter(answer -> answer.contains(" answered 5"))
				.count();
			System.out.printf("Crash durability: %d crashes, %d acknowledged writes, %d lost, %d 5xx answers%n",
					CRASHES, total, lost, serverErrorCount);
			assertThat(total).as("acknowledged writes").isGreaterThan(100);
			assertThat(lost).as("lost writes").isZero();
			assertThat(this.unexpectedAnswers).as("answers other than success").isEmpty();
			assertThat(newest).as("a new id after the crashes is never one already handed out")
				.isGreaterThan(highestAcknowledged);
		}
	}

	private void burstThenKill(ApiClient api, RapportProcess app, int crash) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		List<Future<?>> work = new ArrayList<>();
		AtomicInteger sequence = new AtomicInteger();
		for (int writer = 0; writer < WRITERS; writer++) {
			String name = "W" + crash + "-" + writer;
			work.add(writers.submit(() -> write(api, name, sequence, running)));
		}
		Thread.sleep(BURST.toMillis());
		// On a busy machine a few seconds may bring few answers: go on until the burst
		// has something
		// to lose, so "0 lost" means something
		long deadline = System.nanoTime() + MAX_BURST.toNanos();
		while (acknowledgedSoFar() < crash * MIN_ACKNOWLEDGED_PER_BURST && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		// Kill while the writers are still going: some requests are in flight,
		// unanswered.
		app.kill();
		running.set(false);
		writers.shutdown();
		for (Future<?> future : work) {
			future.get();
		}
	}

	private int acknowledgedSoFar() {
		return this.acknowledged.values().stream().mapToInt(Map::size).sum() + this.lastAcknowledgedNotes.size();
	}

	/** Writes until the app dies; records each write only once it has been answered. */
	private Void write(ApiClient api, String writer, AtomicInteger sequence, AtomicBoolean running) {
		List<Long> myContacts = new ArrayList<>();
		try {
			while (running.get()) {
				int n = sequence.incrementAndGet();
				String firstName = writer + "-" + n;
				ApiClient.Response contact = api.post("/api/v1/contacts",
						"{\"firstName\": \"" + firstName + "\", \"lastName\": \"Burst\"}");
				if (!acknowledge(contact, 201, "contact", "firstName")) {
					continue;
				}
				long contactId = contact.json().get("id").asLong();
				myContacts.add(contactId);
				if (n % 2 == 0) {
					acknowledge(api.post("/api/v1/interactions",
							"{\"date\": \"2026-11-17\", \"kind\": \"COFFEE\", \"direction\": \"MUTUAL\", \"participantIds\": ["
									+ contactId + "], \"summary\": \"Coffee " + n + "\"}"),
							201, "interaction", "summary");
				}
				if (n % 3 == 0) {
					acknowledge(
							api.post("/api/v1/follow-ups",
									"{\"contactId\": " + contactId + ", \"title\": \"Call " + n
											+ "\", \"dueOn\": \"2026-12-01\", \"side\": \"I_OWE\"}"),
							201, "followUp", "title");
				}
				if (n % 4 == 0 && myContacts.size() > 1) {
					update(api, myContacts.get(myContacts.size() - 2), "Updated " + n);
				}
			}
		}
		catch (Exception appDied) {
			// The process was killed under this request: it was never answered, so it
			// promises nothing.
		}
		return null;
	}

	private void update(ApiClient api, long contactId, String notes) throws Exception {
		ApiClient.Response current = api.get("/api/v1/contacts/" + contactId);
		if (current.status() != 200) {
			recordUnexpected(current, "read contact " + contactId);
			return;
		}
		String firstName = current.json().get("firstName").asString();
		long version = current.json().get("version").asLong();
		this.notesInFlight.put(contactId, notes);
		ApiClient.Response updated = api.put("/api/v1/contacts/" + contactId, "{\"firstName\": \"" + firstName
				+ "\", \"lastName\": \"Burst\", \"notes\": \"" + notes + "\", \"version\": " + version + "}");
		if (updated.status() == 200) {
			this.lastAcknowledgedNotes.put(contactId, notes);
			this.notesInFlight.remove(contactId);
		}
		else {
			recordUnexpected(updated, "update contact " + contactId);
		}
	}

	private boolean acknowledge(ApiClient.Response response, int expected, String kind, String field) {
		if (response.status() != expected) {
			recordUnexpected(response, kind);
			return false;
		}
		long id = response.json().get("id").asLong();
		String previous = this.acknowledged.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
			.put(id, response.json().get(field).asString());
		assertThat(previous).as("%s id %d was handed out twice", kind, id).isNull();
		return true;
	}

	private void recordUnexpected(ApiClient.Response response, String what) {
		synchronized (this.unexpectedAnswers) {
			this.unexpectedAnswers.add(what + " answered " + response.status() + ": " + response.body());
		}
	}

	/** Answers how many acknowledged writes are missing or different (printing each). */
	private int verifyEverythingAcknowledgedIsThere(ApiClient api) throws Exception {
		Map<String, String[]> paths = new HashMap<>();
		paths.put("contact", new String[] { "/api/v1/contacts/", "firstName" });
		paths.put("interaction", new String[] { "/api/v1/interactions/", "summary" });
		paths.put("followUp", new String[] { "/api/v1/follow-ups/", "title" });
		int lost = 0;
		for (Map.Entry<String, Map<Long, String>> kind : this.acknowledged.entrySet()) {
			String[] path = paths.get(kind.getKey());
			for (Map.Entry<Long, String> write : kind.getValue().entrySet()) {
				ApiClient.Response found = api.get(path[0] + write.getKey());
				if (found.status() != 200 || !write.getValue().equals(found.json().get(path[1]).asString())) {
					lost++;
					System.out.printf("Lost %s %d (%s): %d %s%n", kind.getKey(), write.getKey(), write.getValue(),
							found.status(), found.body());
				}
			}
		}
		for (Map.Entry<Long, String> update : this.lastAcknowledgedNotes.entrySet()) {
			ApiClient.Response found = api.get("/api/v1/contacts/" + update.getKey());
			String notes = found.status() == 200 ? found.json().get("notes").asString() : null;
			// An update still unanswered at the crash may or may not have landed; an
			// answered one must have.
			if (!update.getValue().equals(notes) && !Objects.equals(this.notesInFlight.get(update.getKey()), notes)) {
				lost++;
				System.out.printf("Lost update of contact %d (%s): found %s%n", update.getKey(), update.getValue(),
						notes);
			}
		}
		return lost;
	}

}
