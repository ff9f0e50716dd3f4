package io.casefile.timeline;

import java.util.List;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline page, driven in a real browser as a journalist would use it: find Amazon
 * by name, see both waves on the axis, open one and read its citation, ask the question
 * of the seed story, and look at what was known on an earlier day.
 */
@CasefileTest
class TimelinePageTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void openTheBrowser() {
		browser = Browser.open();
	}

	@AfterAll
	static void closeTheBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aJournalistFindsAmazonSeesBothWavesAndReadsWhereTheFirstComesFrom() {
		browser.driver.get(url("/?empty"));
		WebElement name = browser.driver.findElement(By.id("name"));
		name.sendKeys("Amazon.com Inc");
		name.sendKeys(Keys.ENTER);
		List<WebElement> waves = browser.wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".lane .event.kind-LAYOFF_WAVE"), 1));
		assertThat(waves).extracting((wave) -> wave.getAttribute("data-event"))
			.contains("amazon-layoffs-2025-10", "amazon-layoffs-2026-01");
		assertThat(browser.driver.getCurrentUrl()).contains("lane=organization%3Aamazon");
		browser.screenshot("timeline-amazon");

		browser.driver.findElement(By.cssSelector(".event[data-event='amazon-layoffs-2025-10']")).click();
		WebElement detail = browser.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail h2")));
		assertThat(detail.getText()).contains("14,000");
		WebElement citation = browser.driver.findElement(By.cssSelector("#detail .citation"));
		assertThat(citation.findElement(By.tagName("blockquote")).getText()).contains("14,000");
		// The seed article gives no address: its title is shown, and no link is made up.
		assertThat(citation.getText()).contains("on record since 2026-02-04");
		assertThat(citation.findElements(By.tagName("a"))).isEmpty();
		assertThat(browser.driver.getCurrentUrl()).contains("event=amazon-layoffs-2025-10");
		browser.screenshot("timeline-amazon-citation");
	}

	@Test
	void theQuestionFormMarksTheWavesAfterFreeCashFlowWentNegative() {
		browser.driver.get(url("/?lane=organization:amazon"));
		browser.wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".event.kind-LAYOFF_WAVE"), 1));
		browser.driver.findElement(By.cssSelector("#ask button[type=submit]")).click();
		List<WebElement> answers = browser.wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#answer li"), 1));
		assertThat(answers).extracting(WebElement::getText)
			.anySatisfy((text) -> assertThat(text).contains("14,000"))
			.anySatisfy((text) -> assertThat(text).contains("16,000"));
		assertThat(browser.driver.findElement(By.id("answer")).getText()).contains("30,000 jobs in all");
		assertThat(browser.driver.findElements(By.cssSelector(".event.certain, .event.possible"))).hasSize(2);
		assertThat(browser.driver.getCurrentUrl()).contains("q=LAYOFF_WAVE%2CFREE_CASH_FLOW%2Cbelow%2C0%2CPERIOD_END");
		browser.screenshot("timeline-question");
	}

	@Test
	void withinNinetyDaysAfterAnyNegativeQuarterOnlyTheOctoberWaveIsCertainAndJanuaryIsLeftOut() {
		browser.driver.get(url("/?lane=organization:amazon"));
		browser.wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".event.kind-LAYOFF_WAVE"), 1));
		assertThat(browser.driver.findElement(By.id("days-part")).isDisplayed()).isFalse();
		new Select(browser.driver.findElement(By.name("relation"))).selectByValue("WITHIN_DAYS_AFTER");
		WebElement days = browser.driver.findElement(By.name("days"));
		assertThat(days.isDisplayed()).isTrue();
		days.clear();
		days.sendKeys("90");
		new Select(browser.driver.findElement(By.name("match"))).selectByValue("ANY");
		browser.driver.findElement(By.cssSelector("#ask button[type=submit]")).click();
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer"), "within 90 days after"));
		List<WebElement> answers = browser.driver.findElements(By.cssSelector("#answer li"));
		// Late October 2025 is 21 to 31 days after Q3 2025 ended; late January 2026, 113
		// or more.
		assertThat(answers).extracting(WebElement::getText)
			.containsExactly("certain: late October 2025 Amazon cuts 14,000 corporate jobs (within 90 days after "
					+ "Q3 2025, a loss of $4.8 billion)");
		assertThat(browser.driver.findElement(By.id("answer")).getText()).contains("14,000 jobs in all");
		assertThat(browser.driver.getCurrentUrl()).contains("WITHIN_DAYS_AFTER%2C90%2CANY");
	}

	@Test
	void asOfTheDayBeforeTheArticleItsWavesAreNotYetKnown() {
		browser.driver.get(url("/?lane=organization:amazon&asOf=2026-02-03"));
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "known on 2026-02-03"));
		assertThat(waves()).doesNotContain("amazon-layoffs-2025-10", "amazon-layoffs-2026-01");
		assertThat(browser.driver.findElement(By.id("asof-day")).getAttribute("value")).isEqualTo("2026-02-03");
		browser.screenshot("timeline-as-of-2026-02-03");

		browser.driver.executeScript("const day = document.getElementById('asof-day'); day.value = '2026-02-04';"
				+ "day.dispatchEvent(new Event('change'));");
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "known on 2026-02-04"));
		assertThat(waves()).contains("amazon-layoffs-2025-10", "amazon-layoffs-2026-01");
		assertThat(browser.driver.getCurrentUrl()).contains("asOf=2026-02-04");
	}

	@Test
	void theExportLinksTakeTheViewAsItIsIntoFiles() {
		browser.driver.get(url("/?lane=organization:amazon&lane=person:andy-jassy&asOf=2026-02-04"));
		browser.wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".event.kind-LAYOFF_WAVE"), 1));
		WebElement csv = browser.driver.findElement(By.cssSelector("#exports a[data-file='events.csv']"));
		assertThat(csv.isDisplayed()).isTrue();
		assertThat(csv.getAttribute("href"))
			.isEqualTo(url("/export/events.csv?lane=organization%3Aamazon&lane=person%3Aandy-jassy&asOf=2026-02-04"));
		String file = (String) browser.driver.executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done(String(e)));",
				csv.getAttribute("href"));
		assertThat(file).contains("amazon-layoffs-2025-10", "amazon-layoffs-2026-01", "Andy Jassy");
		assertThat(browser.driver.findElements(By.cssSelector("#exports a[data-file]")))
			.extracting((link) -> link.getAttribute("data-file"))
			.containsExactly("events.csv", "timeline.json", "graph.graphml", "citations.md");
	}

	private List<String> waves() {
		return browser.driver.findElements(By.cssSelector(".event.kind-LAYOFF_WAVE"))
			.stream()
			.map((wave) -> wave.getAttribute("data-event"))
			.toList();
	}

	@Test
	void everyTextFromTheGraphIsDrawnAsTextAndTheKeyboardReachesEveryEvent() {
		browser.driver.get(url("/?lane=organization:amazon"));
		browser.wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".event.kind-LAYOFF_WAVE"), 1));
		assertThat(browser.driver.findElements(By.cssSelector("#lanes script, #lanes iframe"))).isEmpty();
		WebElement first = browser.driver.findElement(By.cssSelector(".event"));
		assertThat(first.getAttribute("tabindex")).isEqualTo("0");
		first.sendKeys(Keys.ENTER);
		browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .citation")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
