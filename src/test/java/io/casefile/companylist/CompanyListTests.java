package io.casefile.companylist;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.casefile.WritingTest;
import io.casefile.companylist.CompanyListImport.CompanyListReport;
import io.casefile.csv.FileSource;
import io.casefile.organization.OrganizationQueries;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S&P 500's constituents, a real list as journalists get one, imported whole: every
 * company found by its ticker, its CIK, and its name with or without its legal form; the
 * companies the graph knew (the article's Amazon, Google, Meta...) gain the list's
 * identifiers and cited attributes rather than a second organization; and a company named
 * "Dash" stays apart from DoorDash, whose ticker is DASH.
 */
@WritingTest
class CompanyListTests {

	static final String LIST = "companies/sp500-constituents.csv";

	static final FileSource WIKIPEDIA = new FileSource("https://en.wikipedia.org/wiki/List_of_S%26P_500_companies",
			"List of S&P 500 companies", "2026-11-25");

	@Autowired
	CompanyListImport lists;

	@Autowired
	OrganizationQueries organizations;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	CompanyListReport report;

	@BeforeEach
	void importTheList() throws IOException {
		writer().document("mutation { recordOrganization(organization: {name: \"Dash\"}) { id } }")
			.execute()
			.errors()
			.verify();
		this.report = this.lists.write("sp500-constituents.csv", () -> new ClassPathResource(LIST).getInputStream(),
				CompanyListImport.USUAL_NAMES, WIKIPEDIA, "tester");
	}

	@Test
	void everyCompanyIsFoundByItsTickerItsCikAndItsNameWithOrWithoutItsLegalForm() throws IOException {
		List<CSVRecord> rows = rows();
		assertThat(rows).hasSize(503);
		assertThat(this.report.rows()).isEqualTo(503);
		Map<String, String> byTicker = this.organizations
			.idsByIdOrName(rows.stream().map((row) -> "ticker:" + row.get("Symbol")).toList());
		Map<String, String> byCik = this.organizations
			.idsByIdOrName(rows.stream().map((row) -> "cik:" + row.get("CIK")).toList());
		Map<String, String> byName = this.organizations
			.idsByIdOrName(rows.stream().map((row) -> row.get("Security")).toList());
		Map<String, String> byOtherSpelling = this.organizations
			.idsByIdOrName(rows.stream().map((row) -> otherSpelling(row.get("Security"))).toList());
		for (CSVRecord row : rows) {
			String id = byTicker.get("ticker:" + row.get("Symbol"));
			assertThat(byCik.get("cik:" + row.get("CIK"))).as(row.get("Symbol")).isEqualTo(id);
			assertThat(byName.get(row.get("Security"))).as(row.get("Security")).isEqualTo(id);
			assertThat(byOtherSpelling.get(otherSpelling(row.get("Security")))).as(otherSpelling(row.get("Security")))
				.isEqualTo(id);
		}
		// Share classes with one CIK are one company: 503 rows, 500 organizations.
		assertThat(new HashSet<>(byTicker.values())).hasSize(500);
		assertThat(byTicker.get("ticker:GOOGL")).isEqualTo(byTicker.get("ticker:GOOG"));
	}

	@Test
	void theCompaniesTheGraphKnewGainTheListsIdentifiersAndCitedAttributes() {
		var amazon = this.graphQl.document("""
				{ organization(identifier: {type: CIK, value: "1018724"}) {
				    id name identifiers { type value citations { source { url } } }
				    attributes { name value citations { excerpt } } } }""").execute();
		amazon.path("organization.id").entity(String.class).isEqualTo("amazon");
		amazon.path("organization.name").entity(String.class).isEqualTo("Amazon");
		amazon.path("organization.identifiers[*].value").entityList(String.class).contains("AMZN", "0001018724");
		amazon.path("organization.identifiers[0].citations[0].source.url")
			.entity(String.class)
			.isEqualTo(WIKIPEDIA.url());
		amazon.path("organization.attributes[*].value")
			.entityList(String.class)
			.contains("Consumer Discretionary", "Broadline Retail", "Seattle, Washington");
		amazon.path("organization.attributes[0].citations[0].excerpt")
			.entity(String.class)
			.satisfies((excerpt) -> assertThat(excerpt).startsWith("Amazon: ticker AMZN"));
		// "Alphabet Inc. (Class A)" is the article's Google, which goes by Alphabet.
		this.graphQl.document("{ organization(identifier: {type: TICKER, value: \"GOOG\"}) { id } }")
			.execute()
			.path("organization.id")
			.entity(String.class)
			.isEqualTo("google");
		assertThat(this.report.organizationsCreated() + this.report.organizationsKnown()).isEqualTo(500);
		assertThat(this.report.organizationsKnown()).isGreaterThanOrEqualTo(7);
	}

	@Test
	void aCompanyNamedDashAndDoorDashsTickerDashStayApart() {
		this.graphQl.document("{ organization(name: \"Dash\") { name identifiers { value } } }")
			.execute()
			.path("organization.name")
			.entity(String.class)
			.isEqualTo("Dash")
			.path("organization.identifiers")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQl.document("{ organization(identifier: {type: TICKER, value: \"DASH\"}) { name } }")
			.execute()
			.path("organization.name")
			.entity(String.class)
			.isEqualTo("DoorDash");
		// In a filter, a ticker is written ticker:DASH; DASH alone is a name.
		assertThat(this.organizations.idsByIdOrName(List.of("ticker:DASH", "DASH")))
			.containsEntry("ticker:DASH", this.organizations.byName("DoorDash").orElseThrow().id())
			.containsEntry("DASH", this.organizations.byName("Dash").orElseThrow().id());
	}

	@Test
	void importingTheListAgainChangesNothing() throws IOException {
		long before = count("MATCH (n) WHERE NOT n:Change RETURN count(n)")
				+ count("MATCH ()-[r]->() WHERE NOT r:CHANGED RETURN count(r)");
		CompanyListReport again = this.lists.write("sp500-constituents.csv",
				() -> new ClassPathResource(LIST).getInputStream(), CompanyListImport.USUAL_NAMES, WIKIPEDIA, "tester");
		assertThat(again.organizationsCreated()).isZero();
		assertThat(count("MATCH (n) WHERE NOT n:Change RETURN count(n)")
				+ count("MATCH ()-[r]->() WHERE NOT r:CHANGED RETURN count(r)"))
			.isEqualTo(before);
	}

	@Test
	void aTickerFindsACompanysEventsInAFilter() {
		this.graphQl.document("""
				{ events(where: {kinds: [LAYOFF_WAVE], organizations: ["ticker:AMZN"], from: "2025-10-01",
				                 to: "2025-10-31"}) { edges { node { id } } } }""")
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.contains("amazon-layoffs-2025-10");
	}

	/**
	 * The name as another source spells it: without its share class ("Fox Corporation"),
	 * without its legal form ("Oracle Corporation" is also "Oracle"), or with one when
	 * the list gives none ("Amazon, Inc.").
	 */
	static String otherSpelling(String name) {
		if (name.matches(".*\\((Class|Series) [A-Z]\\)$")) {
			return name.replaceFirst("\\s*\\((Class|Series) [A-Z]\\)$", "");
		}
		String bare = name.replaceFirst(
				"(?i),?\\s+(& Co(mpany)?\\.?|Inc\\.?|Corporation|Corp\\.?|Company|Co\\.|plc|Ltd\\.?|N\\.V\\.)$", "");
		return bare.equals(name) ? name + ", Inc." : bare;
	}

	private static List<CSVRecord> rows() throws IOException {
		try (InputStream in = new ClassPathResource(LIST).getInputStream()) {
			return new ArrayList<>(CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8))
				.getRecords());
		}
	}

	private HttpGraphQlTester writer() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + WritingTest.TOKEN).build();
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
