package dev.rapport.contact;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits the form, the API, merging and the importers check are the sizes of the
 * columns the migrations create, so the two cannot drift apart. The build runs this class
 * on H2 and, when it has a PostgreSQL server ({@code RAPPORT_TEST_POSTGRES_URL}, the
 * {@code postgresql} Maven profile), again on PostgreSQL: the query reads the standard
 * {@code information_schema} with lower-cased names, as H2 spells them in upper case and
 * PostgreSQL in lower.
 */
@WebIntegrationTest
class ContactLimitsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyLimitIsItsColumnsSize() {
		Map<String, Integer> limits = new LinkedHashMap<>();
		limits.put("contact.first_name", ContactLimits.NAME);
		limits.put("contact.last_name", ContactLimits.NAME);
		limits.put("contact.email", ContactLimits.EMAIL);
		limits.put("contact.phone", ContactLimits.PHONE);
		limits.put("contact.company", ContactLimits.COMPANY);
		limits.put("contact.position", ContactLimits.POSITION);
		limits.put("contact.location", ContactLimits.LOCATION);
		limits.put("contact.linkedin_url", ContactLimits.LINKEDIN_URL);
		limits.put("contact.how_we_met", ContactLimits.HOW_WE_MET);
		limits.put("contact.notes", ContactLimits.NOTES);
		limits.put("contact.looking_for", ContactLimits.LOOKING_FOR);
		limits.put("contact.can_help_with", ContactLimits.CAN_HELP_WITH);
		limits.put("contact.import_key", ContactLimits.IMPORT_KEY);
		limits.put("contact.source_uid", ContactLimits.SOURCE_UID);
		limits.put("contact.imported_company", ContactLimits.COMPANY);
		limits.put("contact.imported_position", ContactLimits.POSITION);
		limits.put("contact_tag.tag", ContactLimits.TAG);
		limits.put("important_date.label", ContactLimits.DATE_LABEL);
		limits.put("contact_email.label", ContactLimits.VALUE_LABEL);
		limits.put("contact_email.email", ContactLimits.EMAIL);
		limits.put("contact_phone.label", ContactLimits.VALUE_LABEL);
		limits.put("contact_phone.phone", ContactLimits.PHONE);
		limits.put("contact_address.label", ContactLimits.VALUE_LABEL);
		limits.put("contact_address.street", ContactLimits.STREET);
		limits.put("contact_address.locality", ContactLimits.LOCALITY);
		limits.put("contact_address.region", ContactLimits.REGION);
		limits.put("contact_address.postal_code", ContactLimits.POSTAL_CODE);
		limits.put("contact_address.country", ContactLimits.COUNTRY);

		Map<String, Integer> columns = new LinkedHashMap<>();
		this.jdbc.query("""
				select lower(table_name), lower(column_name), character_maximum_length
				from information_schema.columns
				where lower(table_schema) = 'public'
				  and lower(table_name) in ('contact', 'contact_tag', 'important_date', 'contact_email',
				                            'contact_phone', 'contact_address')
				  and character_maximum_length is not null
				""", row -> {
			columns.put(row.getString(1) + "." + row.getString(2), row.getInt(3));
		});

		assertThat(columns).as("the text columns' sizes on %s", databaseProduct()).containsAllEntriesOf(limits);
	}

	/**
	 * The PostgreSQL run really reads PostgreSQL's schema: a run told to use it and still
	 * on H2 would compare the same schema twice.
	 */
	@Test
	void theRunChecksTheDatabaseItWasToldToUse() {
		boolean postgresRun = System.getProperty("rapport.test.postgres.url", "").startsWith("jdbc:postgresql:");
		assertThat(databaseProduct()).isEqualTo(postgresRun ? "postgresql" : "h2");
	}

	private String databaseProduct() {
		return this.jdbc.execute((ConnectionCallback<String>) (
				connection) -> connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT));
	}

}
