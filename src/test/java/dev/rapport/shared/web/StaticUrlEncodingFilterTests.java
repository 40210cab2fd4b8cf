package dev.rapport.shared.web;

import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links to files still get their webjar's version written in, while links to pages are
 * left alone without a search of the class path.
 */
@WebIntegrationTest
class StaticUrlEncodingFilterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationContext context;

	@Test
	void onlyLinksThatNameAFileAreLookedUp() {
		assertThat(StaticUrlEncodingFilter.namesFile("/webjars/bootstrap/css/bootstrap.min.css")).isTrue();
		assertThat(StaticUrlEncodingFilter.namesFile("/css/rapport.css?v=2")).isTrue();
		assertThat(StaticUrlEncodingFilter.namesFile("/manifest.webmanifest")).isTrue();
		assertThat(StaticUrlEncodingFilter.namesFile("/contacts/42")).isFalse();
		assertThat(StaticUrlEncodingFilter.namesFile("/contacts?q=ana.lima")).isFalse();
		assertThat(StaticUrlEncodingFilter.namesFile("/interactions/new?returnTo=/css/x.css")).isFalse();
		assertThat(StaticUrlEncodingFilter.namesFile("/v1.2/contacts")).isFalse();
		assertThat(StaticUrlEncodingFilter.namesFile("/contacts#main")).isFalse();
		assertThat(StaticUrlEncodingFilter.namesFile("/")).isFalse();
	}

	@Test
	void replacesSpringBootsFilter() {
		List<Object> filters = this.context.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.stream()
			.map(FilterRegistrationBean::getFilter)
			.filter(ResourceUrlEncodingFilter.class::isInstance)
			.map(Object.class::cast)
			.toList();
		assertThat(filters).hasSize(1).first().isInstanceOf(StaticUrlEncodingFilter.class);
	}

	@Test
	void webjarLinksCarryTheirVersionAndPageLinksStayAsWritten() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Links");
		assertThat(this.mvc.get().uri("/contacts").with(as(owner))).hasStatusOk()
			.bodyText()
			.containsPattern("href=\"/webjars/bootstrap/\\d[^/\"]*/css/bootstrap\\.min\\.css\"")
			.containsPattern("src=\"/webjars/htmx\\.org/\\d[^/\"]*/dist/htmx\\.min\\.js\"")
			.contains("href=\"/css/rapport.css\"", "href=\"/contacts/new\"",
					"href=\"/interactions/new?returnTo=/contacts\"");
	}

}
