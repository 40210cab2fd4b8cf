package dev.rapport.importing.backup;

import java.util.Set;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.Side;
import dev.rapport.importing.ImportFormat;
import dev.rapport.importing.ImportPreview;
import dev.rapport.importing.ImportService;
import dev.rapport.importing.ImportSummary;
import dev.rapport.importing.addressbook.AddressBookFileException;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.scoring.ScoringService;
import dev.rapport.support.NameSortKeys;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@WebIntegrationTest
class BackupRoundTripTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Autowired
	FollowUpService followUps;

	@Autowired
	ReconnectService reconnect;

	@Autowired
	ScoringService scoring;

	@Autowired
	ImportService imports;

	@Autowired
	BackupWriter backups;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBackupRestoredIntoAFreshAccountExportsTheSameData() throws Exception {
		long original = TestUsers.signUp(this.accounts, "Original").id();
		try (InputStream vcf = getClass().getResourceAsStream("/addressbook/apple-contacts-3.0.vcf")) {
			this.imports.commit(original, this.imports.stage(original, "apple.vcf", vcf));
		}
		long ana = this.contacts.create(original,
				new ContactCommand("Ana", "Lima", "ana@example.com", "+351 912 345 678", "Kestrel", "Engineer",
						"Lisbon", "https://www.linkedin.com/in/ana-lima", "At a meetup",
						"Line one\nLine \"two\" — ünïcödé 🧗", "1990-05-01", LocalDate.of(2019, 3, 1), true,
						Set.of("climbing", "work"), null));
		long bo = this.contacts.create(original, new ContactCommand("Bo", null, null, null, null, null, null, null,
				null, null, null, null, false, Set.of(), null));
		this.contacts.archive(original, bo);
		long shared = this.interactions.log(original, new InteractionCommand(LocalDate.of(2026, 11, 2),
				InteractionKind.MEAL, Direction.MUTUAL, List.of(ana, bo), "Dinner", "Long notes", null), TODAY);
		this.interactions.log(original, new InteractionCommand(LocalDate.of(2026, 10, 1), InteractionKind.CALL,
				Direction.THEM, List.of(ana), "Call", null, null), TODAY);
		this.followUps.create(original,
				new FollowUpCommand(ana, shared, "Send the photos", LocalDate.of(2026, 11, 25), Side.I_OWE, null));
		long done = this.followUps.create(original, new FollowUpCommand(bo, null, "Wait for the book",
				LocalDate.of(2026, 11, 20), Side.WAITING_ON_THEM, null));
		this.followUps.complete(original, done, TODAY);
		this.reconnect.thisWeek(original, TODAY);

		JsonNode first = export(original);
		assertThat(first.path("format").asString()).isEqualTo("rapport-backup");
		assertThat(first.path("version").asInt()).isEqualTo(1);
		assertThat(first.path("contacts")).hasSize(5);
		assertThat(first.path("interactions")).hasSize(2);

		long fresh = TestUsers.signUp(this.accounts, "Fresh").id();
		// The list's sort keys are the names' (NameSortKey), whatever the file says: an
		// older backup has none, an edited one may hold stale ones.
		JsonNode tampered = first.deepCopy();
		for (JsonNode contact : tampered.path("contacts")) {
			((ObjectNode) contact).put("sortFirst", "zzz stale");
			((ObjectNode) contact).remove("sortLast");
		}
		String token = this.imports.stage(fresh, "backup.json", bytes(tampered));
		ImportPreview preview = this.imports.preview(fresh, token);
		assertThat(preview.format()).isEqualTo(ImportFormat.RAPPORT_BACKUP);
		assertThat(preview.created()).isEqualTo(5);
		assertThat(this.contacts.count(fresh)).isZero();
		ImportSummary restored = this.imports.commit(fresh, token);
		assertThat(restored.created()).isEqualTo(5);

		JsonNode second = export(fresh);
		// The restore is itself recorded as an import of the fresh account.
		ArrayNode imports = (ArrayNode) second.path("imports");
		assertThat(imports.get(imports.size() - 1).path("format").asString()).isEqualTo("RAPPORT_BACKUP");
		imports.remove(imports.size() - 1);
		assertThat(comparable(second)).isEqualTo(comparable(first));
		assertThat(NameSortKeys.staleRows(this.jdbc)).isEmpty();
		assertThat(this.scoring.readingsOf(fresh, TODAY)).hasSameSizeAs(this.scoring.readingsOf(original, TODAY));
	}

	@Test
	void aBackupIsRestoredOnlyIntoAnAccountWithoutContactsAndBrokenOnesWriteNothing() throws Exception {
		long owner = TestUsers.signUp(this.accounts, "Owner").id();
		this.contacts.create(owner, new ContactCommand("Ana", null, null, null, null, null, null, null, null, null,
				null, null, false, Set.of(), null));
		JsonNode backup = export(owner);
		String token = this.imports.stage(owner, "backup.json", bytes(backup));
		assertThatExceptionOfType(AddressBookFileException.class).isThrownBy(() -> this.imports.commit(owner, token))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(AddressBookFileException.Reason.ACCOUNT_NOT_EMPTY));

		long fresh = TestUsers.signUp(this.accounts, "Empty").id();
		for (String broken : List.of(
				"{\"format\": \"rapport-backup\", \"version\": 1, \"contacts\": [{\"id\": 1, "
						+ "\"firstName\": \"Half\"}], \"interactions\": [{\"id\": 5, \"participantIds\": [99]}]}",
				"{\"format\": \"rapport-backup\", \"version\": 7}", "{\"format\": \"something-else\"}",
				"{\"format\": \"rapport-backup\", \"contacts\": [")) {
			String brokenToken = this.imports.stage(fresh, "broken.json",
					new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));
			assertThatExceptionOfType(AddressBookFileException.class)
				.isThrownBy(() -> this.imports.commit(fresh, brokenToken));
			assertThat(this.contacts.count(fresh)).isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from import_record where owner_id = ?", Integer.class,
					fresh))
				.isZero();
		}
	}

	private JsonNode export(long owner) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.backups.write(owner, out);
		return this.json.readTree(out.toByteArray());
	}

	private InputStream bytes(JsonNode backup) {
		return new ByteArrayInputStream(this.json.writeValueAsBytes(backup));
	}

	/**
	 * The backup without what must differ between accounts: ids (references become the
	 * position of the contact or interaction they point to), timestamps of the export and
	 * of row creation.
	 */
	private JsonNode comparable(JsonNode backup) {
		ObjectNode copy = (ObjectNode) backup.deepCopy();
		copy.remove("exportedAt");
		copy.remove("account");
		Map<Long, Integer> contacts = positions(copy.path("contacts"));
		Map<Long, Integer> interactions = positions(copy.path("interactions"));
		strip(copy, contacts, interactions);
		return copy;
	}

	private static Map<Long, Integer> positions(JsonNode rows) {
		Map<Long, Integer> positions = new HashMap<>();
		int i = 0;
		for (JsonNode row : rows) {
			positions.put(row.path("id").asLong(), i++);
		}
		return positions;
	}

	private static void strip(JsonNode node, Map<Long, Integer> contacts, Map<Long, Integer> interactions) {
		if (node instanceof ObjectNode object) {
			List<String> names = new ArrayList<>();
			object.propertyNames().forEach(names::add);
			for (String name : names) {
				JsonNode value = object.get(name);
				if (name.equals("id") || name.equals("weekId") || name.endsWith("At")) {
					object.remove(name);
				}
				else if (name.equals("contactId") && value.isNumber()) {
					object.put(name, contacts.get(value.asLong()));
				}
				else if (name.equals("interactionId") && value.isNumber()) {
					object.put(name, interactions.get(value.asLong()));
				}
				else if (name.equals("participantIds")) {
					ArrayNode mapped = object.putArray(name);
					for (Iterator<JsonNode> it = value.iterator(); it.hasNext();) {
						mapped.add(contacts.get(it.next().asLong()));
					}
				}
				else {
					strip(value, contacts, interactions);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(element -> strip(element, contacts, interactions));
		}
	}

}
