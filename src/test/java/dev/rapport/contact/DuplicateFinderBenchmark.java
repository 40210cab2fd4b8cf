package dev.rapport.contact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.rapport.account.AccountService;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times finding duplicates among 10,000 contacts with two emails and a phone each, 200 of
 * them planted as pairs (a shared email, a phone written differently, a nickname at the
 * same company).
 * <p>
 * {@code ./mvnw -B -Pbenchmark test -Dtest=DuplicateFinderBenchmark -Dbenchmark.heap=256m};
 * figures in docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class DuplicateFinderBenchmark {

	static final int CONTACTS = 10_000;

	static final int PLANTED_PAIRS = 100;

	static final int WARM_UPS = 3;

	static final int RUNS = 9;

	static final long BUDGET_MILLIS = 1_000;

	static final String[] FIRST = { "Ana", "Ben", "Chidi", "Dana", "Emil", "Fatima", "Gustav", "Hana", "Ivan", "Jun",
			"Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq" };

	@Autowired
	AddressBookContacts addressBooks;

	@Autowired
	DuplicateService duplicates;

	@Autowired
	AccountService accounts;

	@Test
	void findsDuplicatesAmongTenThousandContactsWithinASecond() {
		long owner = TestUsers.signUp(this.accounts, "Bench").id();
		Random random = new Random(14);
		List<ContactCard> cards = new ArrayList<>(CONTACTS);
		for (int i = 0; i < CONTACTS - 2 * PLANTED_PAIRS; i++) {
			String first = FIRST[random.nextInt(FIRST.length)];
			String last = "Family" + i;
			cards.add(card(first, last, "Company " + random.nextInt(800),
					first.toLowerCase(Locale.ROOT) + i + "@example.com", "+44 20 " + (7_000_000 + i)));
		}
		for (int i = 0; i < PLANTED_PAIRS; i++) {
			String last = "Planted" + i;
			switch (i % 3) {
				case 0 -> {
					cards.add(card("Ana", last, "Acme", "shared" + i + "@example.com", null));
					cards.add(card("Ana", last + "-Costa", "Other", "SHARED" + i + "@example.com", null));
				}
				case 1 -> {
					cards.add(card("Ben", last, null, null, "+49 30 " + (1_000_000 + i)));
					cards.add(card("Benno", last + "x", null, null, "0049 (30) " + (1_000_000 + i)));
				}
				default -> {
					cards.add(card("Robert", last, "Kestrel Labs", null, null));
					cards.add(card("Bob", last, "Kestrel Labs Inc.", null, null));
				}
			}
		}
		for (int from = 0; from < cards.size(); from += 1_000) {
			this.addressBooks.importCards(owner, cards.subList(from, Math.min(cards.size(), from + 1_000)), List.of(),
					false);
		}

		long[] millis = new long[RUNS];
		for (int i = 0; i < WARM_UPS + RUNS; i++) {
			long start = System.nanoTime();
			List<DuplicatePair> found = this.duplicates.find(owner);
			long elapsed = (System.nanoTime() - start) / 1_000_000;
			assertThat(found).hasSize(PLANTED_PAIRS);
			if (i >= WARM_UPS) {
				millis[i - WARM_UPS] = elapsed;
			}
		}
		Arrays.sort(millis);
		long median = millis[RUNS / 2];
		System.out.printf(Locale.ROOT,
				"%nFinding duplicates among %,d contacts (%d planted pairs), %d runs after %d warm-ups, heap max %d MB%n"
						+ "  median %d ms (min %d, max %d, all %s)%n",
				CONTACTS, PLANTED_PAIRS, RUNS, WARM_UPS, Runtime.getRuntime().maxMemory() / (1024 * 1024), median,
				millis[0], millis[RUNS - 1], Arrays.toString(millis));
		assertThat(median).isLessThan(BUDGET_MILLIS);
	}

	private static ContactCard card(String first, String last, String company, String email, String phone) {
		List<LabelledValue> emails = new ArrayList<>();
		if (email != null) {
			emails.add(new LabelledValue("work", email));
			emails.add(new LabelledValue("home", "home." + email));
		}
		List<LabelledValue> phones = (phone == null) ? List.of() : List.of(new LabelledValue("mobile", phone));
		return new ContactCard(null, first, last, emails, phones, List.of(), null, null, null, List.of(), company, null,
				null, null);
	}

}
