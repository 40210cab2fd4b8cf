package dev.rapport.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One headless Chromium per test class (flags and paths as in docs/toolchain.md: explicit
 * binaries, no Selenium Manager going online). Before each test the browser forgets its
 * cookies; after each test it saves a screenshot of the page it ended on (the journey's
 * last page, or the page where it failed) to
 * {@code target/e2e-screenshots/<TestClass>-<method>.png} and fails the test if the page
 * reported a Content-Security-Policy violation.
 */
class BrowserExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Browser tests skipped: no "
				+ CHROMIUM + " or " + CHROMEDRIVER + " here (apt-get install chromium chromium-driver)");
		System.setProperty("SE_OFFLINE", "true");
		Path profile = Files.createTempDirectory("rapport-e2e-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1024", "--user-data-dir=" + profile);
		// Leave alerts open so a test can see that a script raised one, instead of
		// Selenium closing it.
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		context.getStore(NAMESPACE).put(Browser.class, new Browser(driver, profile));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Browser browser = browser(context);
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		browser.startAt("http://localhost:" + port);
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		Browser browser = browser(context);
		if (browser == null) {
			return;
		}
		saveScreenshot(browser, context);
		if (context.getExecutionException().isEmpty()) {
			List<String> violations = browser.contentSecurityPolicyViolations();
			assertThat(violations).as("Content-Security-Policy violations reported by the browser").isEmpty();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.driver().quit();
			FileSystemUtils.deleteRecursively(browser.profile());
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == Browser.class || type == Rapport.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Browser browser = browser(context);
		return parameter.getParameter().getType() == Browser.class ? browser : new Rapport(browser);
	}

	private static Browser browser(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	private static void saveScreenshot(Browser browser, ExtensionContext context) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path target = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
				+ context.getRequiredTestMethod().getName() + ".png");
		try {
			Files.write(target, browser.driver().getScreenshotAs(OutputType.BYTES));
		}
		catch (RuntimeException ex) {
			// An open alert or a crashed tab must not hide the test's own failure.
			context.publishReportEntry("screenshot", "not saved: " + ex.getMessage());
		}
	}

}
