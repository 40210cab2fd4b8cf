package dev.rapport.reminders;

import java.util.UUID;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.support.MailServer;
import dev.rapport.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The whole app sending its mail to a real SMTP server (GreenMail); test classes
 * extending this share one application context. Each test signs up its own users and
 * reads only their mail.
 */
@SpringBootTest(properties = "rapport.base-url=https://rapport.example.org")
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class MailTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		MailServer.register(registry);
	}

	AccountPrincipal signUp(String name, String zone) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
		return this.accounts.signUp(new SignUp(name, email, TestUsers.PASSWORD, zone));
	}

}
