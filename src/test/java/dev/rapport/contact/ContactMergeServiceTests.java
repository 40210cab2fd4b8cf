package dev.rapport.contact;

import java.util.Set;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.depth.LifeEventForm;
import dev.rapport.depth.LifeEventKind;
import dev.rapport.depth.LifeEventService;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.Side;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InteractionView;
import dev.rapport.scoring.ScoringService;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.StaleEditException;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WebIntegrationTest
class ContactMergeServiceTests {

	/** The test profile's fixed today. */
	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	ContactMergeService merges;

	@Autowired
	ImportantDateService dates;

	@Autowired
	AddressBookContacts addressBooks;

	@Autowired
	InteractionService interactions;

	@Autowired
	FollowUpService followUps;

	@Autowired
	LifeEventService lifeEvents;

	@Autowired
	ScoringService scoring;

	@Autowired
	JdbcTemplate jdbc;

	long owner;

	long ana;

	long anaAgain;

	long ben;

	@BeforeEach
	void twoCardsOfAna() {
		AccountPrincipal principal = TestUsers.signUp(this.accounts, "Merger");
		this.owner = principal.id();
		this.ana = this.contacts.create(this.owner,
				new ContactCommand("Ana", "Lima", "ana@example.com", "+351 21 000 0001", "Kestrel", null, "Lisbon",
						null, "At a climbing gym", "Met at the conference.", "1990-04-12", null, false,
						Set.of("friend"), null));
		this.anaAgain = this.contacts.create(this.owner,
				new ContactCommand("Ana", "Lima Costa", "ANA.lima@work.example", "+351 21 000 0002", "Kestrel Labs",
						"Engineer", null, null, null, "Likes green tea.", null, LocalDate.of(2015, 3, 1), false,
						Set.of("Climbing", "FRIEND"), null));
		this.ben = this.contacts.create(this.owner, new ContactCommand("Ben", "Okafor", null, null, null, null, null,
				null, null, null, null, null, false, Set.of(), null));
	}

	@Test
	void movesEveryRowToTheKeptContactAndDeletesTheOther() {
		long both = log(TODAY.minusDays(30), this.ana, this.anaAgain);
		long onlyOther = log(TODAY.minusDays(3), this.anaAgain);
		long withBen = log(TODAY.minusDays(60), this.anaAgain, this.ben);
		long followUp = this.followUps.create(this.owner,
				new FollowUpCommand(this.anaAgain, null, "Send the paper", TODAY.plusDays(3), Side.I_OWE, null));
		this.lifeEvents.log(this.owner, this.anaAgain,
				new LifeEventForm(LifeEventKind.NEW_JOB, TODAY.minusDays(10), "Kestrel Labs", null), TODAY);
		this.dates.create(this.owner, this.anaAgain,
				new ImportantDateCommand(DateKind.ANNIVERSARY, "Wedding", "2018-06-02", 3, null), TODAY);

		this.merges.merge(this.owner, this.ana, this.anaAgain,
				new MergeChoices(Map.of(MergeField.COMPANY, MergeSide.OTHER)), null, null, TODAY);

		assertThatThrownBy(() -> this.contacts.get(this.owner, this.anaAgain)).isInstanceOf(NotFoundException.class);
		ContactDetails kept = this.contacts.get(this.owner, this.ana);
		assertThat(kept.displayName()).isEqualTo("Ana Lima");
		assertThat(kept.company()).isEqualTo("Kestrel Labs");
		assertThat(kept.position()).as("empty on the kept card: filled from the other").isEqualTo("Engineer");
		assertThat(kept.location()).isEqualTo("Lisbon");
		assertThat(kept.email()).isEqualTo("ana@example.com");
		assertThat(kept.notes()).isEqualTo("Met at the conference.\n\nLikes green tea.");
		assertThat(kept.knownSince()).isEqualTo(LocalDate.of(2015, 3, 1));
		assertThat(kept.birthday()).isEqualTo(new YearlyDate(1990, 4, 12));
		assertThat(kept.tags()).containsExactlyInAnyOrder("friend", "Climbing");
		assertThat(kept.lastInteractionOn()).isEqualTo(TODAY.minusDays(3));

		ContactChannels channels = this.addressBooks.channels(this.owner, this.ana);
		assertThat(channels.emails()).extracting(LabelledValue::value)
			.containsExactly("ana@example.com", "ANA.lima@work.example");
		assertThat(channels.phones()).extracting(LabelledValue::value)
			.containsExactly("+351 21 000 0001", "+351 21 000 0002");

		List<InteractionView> timeline = this.interactions.timeline(this.owner, this.ana, TODAY, PageRequest.of(0, 10))
			.getContent();
		assertThat(timeline).extracting(InteractionView::id).containsExactlyInAnyOrder(both, onlyOther, withBen);
		assertThat(participantsOf(timeline, both)).as("both took part: kept once").containsExactly(this.ana);
		assertThat(participantsOf(timeline, withBen)).containsExactlyInAnyOrder(this.ana, this.ben);

		assertThat(this.followUps.ofContact(this.owner, this.ana, TODAY)).extracting(view -> view.id())
			.contains(followUp);
		assertThat(this.lifeEvents.ofContact(this.owner, this.ana)).hasSize(1);
		assertThat(this.dates.ofContact(this.owner, this.ana)).extracting(ImportantDateView::kind)
			.containsExactlyInAnyOrder(DateKind.BIRTHDAY, DateKind.ANNIVERSARY);
		assertThat(this.scoring.scoreOf(this.owner, this.ana, TODAY).hasHistory()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from score_state where contact_id = ?", Integer.class,
				this.anaAgain))
			.isZero();
	}

	@Test
	void theChosenValuesWinAndTheirOwnersLoseNothing() {
		this.merges.merge(this.owner, this.ana, this.anaAgain,
				new MergeChoices(Map.of(MergeField.NAME, MergeSide.OTHER, MergeField.EMAIL, MergeSide.OTHER,
						MergeField.NOTES, MergeSide.KEPT, MergeField.PHONE, MergeSide.OTHER)),
				null, null, TODAY);

		ContactDetails kept = this.contacts.get(this.owner, this.ana);
		assertThat(kept.displayName()).isEqualTo("Ana Lima Costa");
		assertThat(kept.email()).isEqualTo("ANA.lima@work.example");
		assertThat(kept.phone()).isEqualTo("+351 21 000 0002");
		assertThat(kept.notes()).isEqualTo("Met at the conference.");
		assertThat(this.addressBooks.channels(this.owner, this.ana).emails()).extracting(LabelledValue::value)
			.as("the kept card's own email stays as a further one")
			.containsExactly("ANA.lima@work.example", "ana@example.com");
	}

	@Test
	void thisWeekEntriesFollowTheKeptContact() {
		long week = insertWeek();
		this.jdbc.update("insert into reconnect_suggestion (week_id, contact_id, bucket, rank, reason) "
				+ "values (?, ?, 'KEEP_WARM', 1, 'It has been a while')", week, this.anaAgain);
		this.jdbc.update("insert into reconnect_not_now (owner_id, contact_id, hidden_on) values (?, ?, ?)", this.owner,
				this.anaAgain, Date.valueOf(TODAY));

		this.merges.merge(this.owner, this.ana, this.anaAgain, MergeChoices.none(), null, null, TODAY);

		assertThat(this.jdbc.queryForList("select contact_id from reconnect_suggestion where week_id = ?", Long.class,
				week))
			.containsExactly(this.ana);
		assertThat(this.jdbc.queryForList("select contact_id from reconnect_not_now where owner_id = ?", Long.class,
				this.owner))
			.containsExactly(this.ana);
	}

	@Test
	void aStaleVersionMergesNothing() {
		ContactDetails other = this.contacts.get(this.owner, this.anaAgain);
		this.contacts.update(this.owner, this.anaAgain, other.toForm().toCommand());

		assertThatThrownBy(() -> this.merges.merge(this.owner, this.ana, this.anaAgain, MergeChoices.none(),
				this.contacts.get(this.owner, this.ana).version(), other.version(), TODAY))
			.isInstanceOf(StaleEditException.class);
		assertThat(this.contacts.exists(this.owner, this.anaAgain)).isTrue();
		assertThat(this.contacts.get(this.owner, this.ana).company()).isEqualTo("Kestrel");
	}

	@Test
	void anotherOwnersContactIsNotFoundAndNothingChanges() {
		long stranger = TestUsers.signUp(this.accounts, "Stranger").id();
		long theirs = this.contacts.create(stranger, new ContactCommand("Ana", "Lima", "ana@example.com", null, null,
				null, null, null, null, null, null, null, false, Set.of(), null));

		assertThatThrownBy(
				() -> this.merges.merge(this.owner, this.ana, theirs, MergeChoices.none(), null, null, TODAY))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.merges.merge(stranger, theirs, this.ana, MergeChoices.none(), null, null, TODAY))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.contacts.exists(stranger, theirs)).isTrue();
		assertThat(this.contacts.exists(this.owner, this.ana)).isTrue();
	}

	@Test
	void refusesToMergeAContactWithItselfOrToKeepBothOfAFieldThatCannot() {
		assertThatThrownBy(
				() -> this.merges.merge(this.owner, this.ana, this.ana, MergeChoices.none(), null, null, TODAY))
			.isInstanceOf(InvalidContactException.class);
		assertThatThrownBy(() -> this.merges.merge(this.owner, this.ana, this.anaAgain,
				new MergeChoices(Map.of(MergeField.EMAIL, MergeSide.BOTH)), null, null, TODAY))
			.isInstanceOf(InvalidContactException.class);
		assertThat(this.contacts.exists(this.owner, this.anaAgain)).isTrue();
	}

	@Test
	void aPreviewOffersAChoiceOnlyWhereBothDiffer() {
		MergePreview preview = this.merges.preview(this.owner, this.ana, this.anaAgain);

		Map<MergeField, MergePreview.FieldValues> fields = new EnumMap<>(MergeField.class);
		preview.fields().forEach(field -> fields.put(field.field(), field));
		assertThat(fields.get(MergeField.COMPANY).choice()).isTrue();
		assertThat(fields.get(MergeField.NOTES).suggested()).isEqualTo(MergeSide.BOTH);
		assertThat(fields.get(MergeField.POSITION).choice()).isFalse();
		assertThat(fields.get(MergeField.POSITION).suggested()).isEqualTo(MergeSide.OTHER);
		assertThat(fields.get(MergeField.LOCATION).suggested()).isEqualTo(MergeSide.KEPT);
		assertThat(preview.combinedTags()).containsExactly("friend", "Climbing");
	}

	private long insertWeek() {
		this.jdbc.update("insert into reconnect_week (owner_id, week_start, computed_at) values (?, ?, ?)", this.owner,
				Date.valueOf(LocalDate.of(2026, 11, 16)), Timestamp.valueOf("2026-11-16 08:00:00"));
		return this.jdbc.queryForObject("select id from reconnect_week where owner_id = ?", Long.class, this.owner);
	}

	private long log(LocalDate date, Long... participants) {
		return this.interactions.log(this.owner, new InteractionCommand(date, InteractionKind.COFFEE, Direction.MUTUAL,
				List.of(participants), "Coffee", null, null), TODAY);
	}

	private static List<Long> participantsOf(List<InteractionView> timeline, long interactionId) {
		return timeline.stream().filter(view -> view.id() == interactionId).findFirst().orElseThrow().participantIds();
	}

}
