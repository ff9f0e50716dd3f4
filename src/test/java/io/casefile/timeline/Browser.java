package io.casefile.timeline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium, as Debian installs it ({@code chromium}, {@code chromium-driver}),
 * cut off from every address but this machine's: a page that needed the internet would
 * show it. Tests that need it are skipped, with a message, where it is missing.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	final ChromeDriver driver;

	final WebDriverWait wait;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	static Browser open() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
				"Chromium is not installed (apt-get install chromium chromium-driver): browser tests skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1400,1000", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options));
	}

	/** Keeps a screenshot under {@code target/screenshots/}. */
	Path screenshot(String name) {
		try {
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			File taken = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(taken.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
