package dev.rapport.demo.internal;

import java.time.Clock;
import java.time.LocalDate;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.demo.SampleDataService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, a demo user with the sample network exists from the
 * start (credentials in the README), so the app is alive the moment it opens.
 */
@Component
@Profile("demo")
class DemoAccountLoader implements ApplicationRunner {

	static final String EMAIL = "demo@rapport.test";

	static final String PASSWORD = "demo-password";

	private static final Logger logger = LoggerFactory.getLogger(DemoAccountLoader.class);

	private final AccountService accounts;

	private final SampleDataService sampleData;

	private final Clock clock;

	DemoAccountLoader(AccountService accounts, SampleDataService sampleData, Clock clock) {
		this.accounts = accounts;
		this.sampleData = sampleData;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		AccountPrincipal demo;
		try {
			demo = this.accounts.loadUserByUsername(EMAIL);
		}
		catch (UsernameNotFoundException ex) {
			demo = this.accounts.signUp(new SignUp("Demo", EMAIL, PASSWORD, "Europe/London"));
		}
		int added = this.sampleData.load(demo.id(), LocalDate.now(this.clock.withZone(demo.zone())));
		logger.info("Demo profile: sign in as {} / {} ({} sample people added)", EMAIL, PASSWORD, added);
	}

}
