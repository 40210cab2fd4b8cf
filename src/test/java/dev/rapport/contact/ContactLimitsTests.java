package dev.rapport.contact;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits the form, the API, merging and the importers check are the sizes of the
 * columns the migrations create, so the two cannot drift apart.
 */
@WebIntegrationTest
class ContactLimitsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyLimitIsItsColumnsSize() {
		Map<String, Integer> limits = new LinkedHashMap<>();
		limits.put("FIRST_NAME", ContactLimits.NAME);
		limits.put("LAST_NAME", ContactLimits.NAME);
		limits.put("EMAIL", ContactLimits.EMAIL);
		limits.put("PHONE", ContactLimits.PHONE);
		limits.put("COMPANY", ContactLimits.COMPANY);
		limits.put("POSITION", ContactLimits.POSITION);
		limits.put("LOCATION", ContactLimits.LOCATION);
		limits.put("LINKEDIN_URL", ContactLimits.LINKEDIN_URL);
		limits.put("HOW_WE_MET", ContactLimits.HOW_WE_MET);
		limits.put("NOTES", ContactLimits.NOTES);
		limits.put("LOOKING_FOR", ContactLimits.LOOKING_FOR);
		limits.put("CAN_HELP_WITH", ContactLimits.CAN_HELP_WITH);
		limits.put("IMPORT_KEY", ContactLimits.IMPORT_KEY);
		limits.put("SOURCE_UID", ContactLimits.SOURCE_UID);
		limits.put("IMPORTED_COMPANY", ContactLimits.COMPANY);
		limits.put("IMPORTED_POSITION", ContactLimits.POSITION);

		Map<String, Integer> columns = new LinkedHashMap<>();
		this.jdbc.query("""
				select column_name, character_maximum_length from information_schema.columns
				where table_schema = 'PUBLIC' and table_name = 'CONTACT' and data_type like '%CHARACTER VARYING%'
				""", row -> {
			columns.put(row.getString(1), row.getInt(2));
		});

		assertThat(columns).containsAllEntriesOf(limits);
	}

}
