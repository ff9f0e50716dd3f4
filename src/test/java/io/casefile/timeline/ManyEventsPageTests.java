package io.casefile.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.casefile.WritingTest;
import io.casefile.benchmark.SyntheticGraph;
import io.casefile.dataset.Dataset;
import io.casefile.dataset.DatasetImport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page with 2,000 events in view: organizations of the synthetic graph side by side,
 * as many as hold 2,000 events. It draws every one of them, and prints how long loading
 * and drawing took as the browser measured them (a figure for the closing note, not a
 * timed assertion).
 */
@WritingTest
class ManyEventsPageTests {

	private static final int ORGANIZATIONS = 30;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	DatasetImport datasets;

	@Autowired
	JsonMapper json;

	@Autowired
	HttpGraphQlTester graphQl;

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
	void twoThousandEventsAreAllDrawnOnTheAxis() {
		List<Map<String, Object>> chunks = new ArrayList<>();
		new SyntheticGraph(ORGANIZATIONS, 20261129L).chunks(ORGANIZATIONS, chunks::add);
		chunks.forEach((chunk) -> this.datasets.write(this.json.convertValue(chunk, Dataset.class)));
		// Waves that the recording core judged one wave are one event: take organizations
		// until their timelines hold 2,000 events, as the API counts them.
		List<String> lanes = new ArrayList<>();
		int expected = 0;
		for (int n = 0; n < ORGANIZATIONS && expected < 2000; n++) {
			String id = SyntheticGraph.organizationId(n);
			expected += this.graphQl
				.document("{ eventStatistics(where: {organizations: [\"%s\"]}) { count } }".formatted(id))
				.execute()
				.path("eventStatistics[0].count")
				.entity(Integer.class)
				.get();
			lanes.add("lane=organization:" + id);
		}
		assertThat(expected).isGreaterThanOrEqualTo(2000);

		String page = "http://localhost:" + this.port + "/?" + String.join("&", lanes);
		// The first view plans each statement cold; the second is what a reader sees
		// after.
		for (String view : List.of("first view", "second view")) {
			browser.driver.get(page);
			WebElement body = browser.driver.findElement(By.tagName("body"));
			browser.wait.until(ExpectedConditions.attributeToBeNotEmpty(body, "data-loaded-ms"));
			browser.wait.until(ExpectedConditions.attributeToBeNotEmpty(body, "data-painted-ms"));
			int onTheAxis = browser.driver.findElements(By.cssSelector("#lanes svg.axis [data-event]")).size();
			int undated = browser.driver.findElements(By.cssSelector("#lanes .undated button[data-event]")).size();
			assertThat(onTheAxis + undated).isEqualTo(expected);
			System.out.printf(
					"The timeline page with %,d events in %d lanes (%,d on the axis, %,d undated), %s: "
							+ "loaded and drawn in %s ms; the drawing built in %s ms and painted %s ms after it began "
							+ "(headless Chromium on this machine).%n",
					expected, lanes.size(), onTheAxis, undated, view, body.getDomAttribute("data-loaded-ms"),
					body.getDomAttribute("data-draw-ms"), body.getDomAttribute("data-painted-ms"));
		}
		browser.screenshot("timeline-2000-events");
	}

}
