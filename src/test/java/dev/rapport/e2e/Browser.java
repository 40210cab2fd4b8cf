package dev.rapport.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A thin, readable handle on the browser: open a path, fill a field by its id, press a
 * button or follow a link by its visible text, read the page. Page-specific steps live in
 * {@link Rapport}.
 */
public final class Browser {

	/** The screens most journeys run at: a phone's, then a laptop's (width, height). */
	static final int[][] PHONE_AND_LAPTOP = { { 390, 844 }, { 1366, 900 } };

	private final ChromeDriver driver;

	private final Path profile;

	private String baseUrl;

	Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	void startAt(String baseUrl) {
		this.baseUrl = baseUrl;
		this.driver.get(baseUrl + "/favicon.ico");
		this.driver.manage().deleteAllCookies();
		contentSecurityPolicyViolations();
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	Path profile() {
		return this.profile;
	}

	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/** The path (and query) of the page shown, e.g. {@code /contacts/3}. */
	public String path() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	public Browser fill(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Sets a date field the way its picker would; typing into one depends on the
	 * browser's locale.
	 */
	public Browser fillDate(String id, LocalDate date) {
		this.driver.executeScript("arguments[0].value = arguments[1];", this.driver.findElement(By.id(id)),
				date.toString());
		return this;
	}

	/**
	 * Chooses a file for the file input with this id, as a user would in the file dialog.
	 */
	public Browser attach(String id, Path file) {
		this.driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	public Browser check(String id) {
		WebElement box = this.driver.findElement(By.id(id));
		if (!box.isSelected()) {
			box.click();
		}
		return this;
	}

	public Browser choose(String selectId, String visibleText) {
		new Select(this.driver.findElement(By.id(selectId))).selectByVisibleText(visibleText);
		return this;
	}

	/**
	 * Picks a person in a people picker the way a keyboard user does: types the start of
	 * the name into the picker's box, waits for the suggestion and presses Enter. Checks
	 * a chip appeared.
	 */
	public Browser pick(String pickerInputId, String name) {
		WebElement input = this.driver.findElement(By.id(pickerInputId));
		input.sendKeys(name);
		WebElement picker = input.findElement(By.xpath("ancestor::*[@data-people-picker][1]"));
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(
				driver -> picker.findElements(By.xpath(".//*[@role='option'][normalize-space()=" + literal(name) + "]"))
					.size() == 1);
		input.sendKeys(Keys.ENTER);
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(driver -> picker
			.findElements(
					By.xpath(".//li[contains(@class, 'picker-chip')][span[normalize-space()=" + literal(name) + "]]"))
			.size() == 1);
		return this;
	}

	/**
	 * Picks a person the way a quick typist does: types only the start of the name into
	 * the picker's box, waits until the highlighted (first) match is this person and
	 * presses Enter. Checks a chip appeared.
	 */
	public Browser pickHighlighted(String pickerInputId, String typed, String name) {
		WebElement input = this.driver.findElement(By.id(pickerInputId));
		input.sendKeys(typed);
		WebElement picker = input.findElement(By.xpath("ancestor::*[@data-people-picker][1]"));
		waitFor(driver -> picker.findElements(By.cssSelector("[role=option][aria-selected=true]"))
			.stream()
			.anyMatch(option -> option.getText().equals(name)) ? Boolean.TRUE : null);
		input.sendKeys(Keys.ENTER);
		waitFor(driver -> picker.findElement(By.cssSelector(".picker-chips")).getText().contains(name) ? Boolean.TRUE
				: null);
		return this;
	}

	/**
	 * Presses the button with this text (inside {@code scope}'s element, if given) and
	 * waits for the next page.
	 */
	public Browser press(String text) {
		return press(By.tagName("main"), text);
	}

	public Browser press(By scope, String text) {
		WebElement button = this.driver.findElement(scope)
			.findElement(By.xpath(".//button[normalize-space()=" + literal(text) + "]"));
		return clickAndWait(button);
	}

	public Browser follow(String linkText) {
		return clickAndWait(this.driver.findElement(By.xpath("//a[normalize-space()=" + literal(linkText) + "]")));
	}

	/**
	 * Makes the page as wide and tall as a phone or a laptop screen, the way a real
	 * device would (a phone width honours the page's viewport tag, as on a phone).
	 */
	public Browser viewport(int width, int height) {
		boolean phone = width < 600;
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
		return this;
	}

	/**
	 * Runs a journey twice, at a 390 × 844 phone's size and at a 1366 × 900 laptop's,
	 * each time as another person: the cookies go after each round, so the next one
	 * starts signed out (the phone menu hides "Sign out"). The journey is given the
	 * width, for its screenshots' names.
	 */
	public void onPhoneAndLaptop(IntConsumer journey) {
		for (int[] screen : PHONE_AND_LAPTOP) {
			viewport(screen[0], screen[1]);
			journey.accept(screen[0]);
			this.driver.manage().deleteAllCookies();
		}
	}

	/**
	 * Shows pages as a system set to a light or dark appearance would
	 * ({@code prefers-color-scheme}).
	 */
	public Browser colorScheme(String scheme) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
		return this;
	}

	/**
	 * How much wider than the window the page is, in CSS pixels (0 when nothing scrolls
	 * sideways).
	 */
	public long horizontalOverflow() {
		Object overflow = this.driver
			.executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
		return ((Number) overflow).longValue();
	}

	/** Saves what the browser shows now as {@code target/e2e-screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(BrowserExtension.SCREENSHOTS);
			Path target = BrowserExtension.SCREENSHOTS.resolve(name + ".png");
			Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until {@code condition} answers something other than null or false, and
	 * answers that. htmx swaps parts of the page in place, so an element found a moment
	 * ago may have been replaced (stale) or be briefly missing while the swap settles:
	 * both only mean "not yet", and the condition is asked again (up to 15 s).
	 */
	public <T> T waitFor(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until(condition);
	}

	/**
	 * Waits until the element found by {@code element} (found afresh each time, so
	 * through htmx swaps) shows {@code text}.
	 */
	public Browser waitForText(By element, String text) {
		waitFor(driver -> driver.findElement(element).getText().contains(text));
		return this;
	}

	/** The text a reader sees on the page. */
	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String text(By element) {
		return this.driver.findElement(element).getText();
	}

	public String heading() {
		return text(By.tagName("h1"));
	}

	public String value(String id) {
		return this.driver.findElement(By.id(id)).getDomProperty("value");
	}

	/**
	 * Fails if a script the app did not write ran on this page: an open alert or a
	 * planted global.
	 */
	public Browser assertNoScriptRan() {
		try {
			String alert = this.driver.switchTo().alert().getText();
			this.driver.switchTo().alert().dismiss();
			fail("A dialog was opened on " + path() + ": " + alert);
		}
		catch (NoAlertPresentException expected) {
			// No dialog: good.
		}
		Object planted = this.driver.executeScript("return window.__xss === undefined ? null : String(window.__xss);");
		assertThat(planted).as("window.__xss on " + path()).isNull();
		// Even where the CSP would block them, no markup from user input may become
		// elements.
		Object injected = this.driver.executeScript(
				"return document.querySelectorAll('script:not([src]), [onerror], [onload], img[src=\"x\"]').length;");
		assertThat(injected).as("elements made from user input on " + path()).isEqualTo(0L);
		return this;
	}

	/** Console messages about Content-Security-Policy violations since the last call. */
	public List<String> contentSecurityPolicyViolations() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
	}

	/**
	 * Every button and link pressed here leads to a new page; wait until the old one is
	 * gone.
	 */
	private Browser clickAndWait(WebElement element) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		// Bootstrap turns on smooth scrolling, so Chromium's own scroll-then-click would
		// click mid-scroll.
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(driver -> isGone(page));
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(driver -> "complete".equals(this.driver.executeScript("return document.readyState")));
		return this;
	}

	/**
	 * Whether the old page has been replaced. Mid-navigation Chromium may answer "node
	 * does not belong to the document" instead of a stale-element error; both mean it is
	 * gone.
	 */
	private static boolean isGone(WebElement oldPage) {
		try {
			oldPage.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	private static String literal(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

}
