package dev.rapport.resilience;

import dev.rapport.support.TestUsers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full disk and a read-only data directory, for real: the data directory is a small
 * tmpfs (mounted by the test, which needs root, as CI has; elsewhere the test is skipped
 * with a message). A write that cannot be stored is answered 503, never 201; reads answer
 * or say 503; the app is not healthy while it cannot write; once space is back it
 * recovers without a restart; and a read-only data directory stops the start with one
 * clear message.
 */
class FullDiskTests {

	@TempDir
	Path workingDirectory;

	private final List<Path> mounts = new ArrayList<>();

	@AfterEach
	void unmount() throws Exception {
		for (Path mount : this.mounts) {
			new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor();
		}
	}

	@Test
	void aFullDiskIsA503NeverALostWriteAndTheAppRecoversWhenSpaceIsBack() throws Exception {
		Path disk = mountTmpfs(this.workingDirectory.resolve("disk"), "24m", false);
		List<String> acknowledged = new ArrayList<>();
		int serverErrors = 0;
		try (RapportProcess app = RapportProcess.start(disk)) {
			ApiClient api = ApiClient.signUpOwner(app.baseUrl(), "owner@example.com", TestUsers.PASSWORD);
			assertThat(health(api)).isEqualTo(200);
			Path filler = fillUp(disk);

			String notes = "n".repeat(9000);
			ApiClient.Response refused = null;
			for (int i = 0; i < 400 && refused == null; i++) {
				ApiClient.Response created = api.post("/api/v1/contacts",
						"{\"firstName\": \"Full" + i + "\", \"lastName\": \"Disk\", \"notes\": \"" + notes + "\"}");
				if (created.status() == 201) {
					acknowledged.add("Full" + i);
				}
				else {
					refused = created;
				}
			}
			assertThat(refused).as("a write on a full disk is refused").isNotNull();
			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.json().get("status").asInt()).isEqualTo(503);
			assertThat(refused.json().get("detail").asString()).contains("nothing was saved");
			assertThat(health(api)).as("not healthy while it cannot write").isEqualTo(503);

			// H2 closes a database whose write failed; the pool reopens it, which H2 may
			// refuse while
			// the disk is completely full. A read then answers 503 too, never a 500 or a
			// wrong page.
			int readsAnswered = 0;
			for (int read = 0; read < 12; read++) {
				int status = api.get("/api/v1/contacts?size=1").status();
				assertThat(status).as("a read on a full disk").isIn(200, 503);
				readsAnswered += (status == 200) ? 1 : 0;
			}
			System.out.printf("Full disk: %d of 12 reads answered while the disk was full%n", readsAnswered);

			Files.delete(filler);
			int writes = 0;
			int status = 0;
			while (status != 201 && writes++ < 12) {
				status = api.post("/api/v1/contacts", "{\"firstName\": \"AfterSpace\", \"lastName\": \"Disk\"}")
					.status();
				serverErrors += (status == 500) ? 1 : 0;
			}
			assertThat(status).as("writes work again once space is back, without a restart").isEqualTo(201);
			acknowledged.add("AfterSpace");
			assertThat(health(api)).isEqualTo(200);
			app.kill();

			try (RapportProcess restarted = RapportProcess.start(disk)) {
				String everyone = api.at(restarted.baseUrl()).get("/api/v1/contacts?size=100").body()
						+ api.at(restarted.baseUrl()).get("/api/v1/contacts?size=100&page=1").body()
						+ api.at(restarted.baseUrl()).get("/api/v1/contacts?size=100&page=2").body()
						+ api.at(restarted.baseUrl()).get("/api/v1/contacts?size=100&page=3").body();
				List<String> lost = acknowledged.stream()
					.filter(name -> !everyone.contains("\"" + name + "\""))
					.toList();
				System.out.printf("Full disk: %d acknowledged writes, %d lost, %d 5xx answers besides the 503s%n",
						acknowledged.size(), lost.size(), serverErrors);
				assertThat(lost).as("acknowledged writes lost").isEmpty();
			}
		}
		assertThat(serverErrors).as("500 answers").isZero();
	}

	@Test
	void aReadOnlyDataDirectoryStopsTheStartWithOneClearMessage() throws Exception {
		Path home = Files.createDirectories(this.workingDirectory.resolve("home"));
		mountTmpfs(home.resolve("data"), "1m", true);

		RapportProcess.Finished start = RapportProcess.startExpectingFailure(home);

		assertThat(start.exitCode()).isNotZero();
		assertThat(start.output()).contains("Rapport cannot write to its data directory " + home.resolve("data"))
			.contains("Make " + home.resolve("data") + " writable")
			.doesNotContain("\tat ");
	}

	private int health(ApiClient api) throws Exception {
		return api.get("/actuator/health/readiness").status();
	}

	private Path mountTmpfs(Path directory, String size, boolean readOnly) throws Exception {
		Files.createDirectories(directory);
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", (readOnly ? "ro," : "") + "size=" + size,
				"tmpfs", directory.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(mount.getInputStream().readAllBytes());
		assumeTrue(mount.waitFor() == 0, "Cannot mount a tmpfs here (needs root): " + output);
		this.mounts.add(directory);
		return directory;
	}

	/**
	 * Writes zeros until the disk says no more; answers the file to delete to free the
	 * space.
	 */
	private static Path fillUp(Path disk) throws IOException {
		Path filler = disk.resolve("filler");
		byte[] block = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(block);
			}
		}
		catch (IOException full) {
			assertThat(full.getMessage()).contains("No space left");
		}
		return filler;
	}

}
