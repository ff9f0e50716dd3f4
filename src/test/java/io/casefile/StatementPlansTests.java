package io.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement the read paths send is planned from labels and indexes: the questions
 * journalists and the timeline page ask are sent, each statement they made is profiled
 * with its own parameters, and a plan that reads every node of the store
 * ({@code AllNodesScan}), or every node of a label where a lookup by an indexed property
 * should start, fails the test. The profile of each is printed: operators and database
 * hits.
 */
@CasefileTest
class StatementPlansTests {

	/** What reads never do: start from every node of the store. */
	private static final Set<String> NEVER = Set.of("AllNodesScan");

	/**
	 * Statements that rightly read every event, because no index can choose fewer: each
	 * found by a pattern of its text, with the reason.
	 */
	private static final Map<Pattern, String> WHOLE_LABEL = Map.of(
			Pattern.compile("toLower\\(field\\) CONTAINS \\$p\\d+"),
			"events(where: {text}) matches a substring of the title, summary or quote: no index serves "
					+ "that (search, by words, uses the full-text index)");

	private static final Pattern WRITE = Pattern.compile("(?i)\\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH)\\b");

	/** The questions: the README's examples, the page's requests and the other reads. */
	private static final List<String> QUESTIONS = List.of("""
			{ organization(name: "Amazon") { timeline(first: 100) { edges { node { id title date { text }
			  citations { excerpt knownSince source { title url } } ... on LayoffWave { headcount } } } } } }""", """
			{ organization(id: "amazon") { name timeline(first: 20) { edges { node { id title
			  citations { excerpt source { title } } } } } } }""", """
			{ person(id: "andy-jassy") { name statements(first: 20) { edges { node { id title
			  citations { excerpt } } } } } }""", """
			{ organizationMatches(text: "Amazon.com Inc") { organization { id name } matchedBy }
			  person(name: "Andy Jassy") { id name } }""", """
			{ organizationMatches(text: "ticker:AMZN") { organization { name } } }""",
			"""
					{ person(name: "Andy Jassy") { statements(first: 100) { edges { node { id title citations { excerpt } } } }
					  messageChanges(topic: "AI") { topic before { id } after { id } certainty } roles { title organization { name } } } }""",
			"""
					{ disputes(organization: "amazon", first: 100) { edges { node { event { id } about
					  claims { headcount date { text } citation { excerpt } } } } } }""", """
					{ disputes(first: 20) { edges { node { event { id } about } } } }""",
			"""
					{ eventsRelativeTo(where: {kinds: [LAYOFF_WAVE], organizations: ["amazon"]}, relation: WITHIN_DAYS_AFTER,
					    days: 90, anchor: {kinds: [FINANCIAL_RESULT], organizations: ["amazon"],
					    metric: {metric: FREE_CASH_FLOW, below: 0}}, anchorMatch: ANY, anchorAt: REPORTED, first: 100) {
					  edges { certainty node { id } anchor { id } } } }""",
			"""
					{ events(where: {text: "bureaucracy"}, first: 20) { edges { node { id } } } }""",
			"""
					{ events(where: {kinds: [LAYOFF_WAVE], headcountAtLeast: 1000}, orderBy: {field: HEADCOUNT, direction: DESC},
					    first: 20) { edges { node { id organizations { name } } } } }""",
			"""
					{ eventStatistics(where: {kinds: [LAYOFF_WAVE]}, groupBy: [ORGANIZATION, YEAR]) { count sum } }""",
			"""
					{ search(text: "bureaucracy balance sheet", first: 20) { edges { node { event { id } } } } }""", """
					{ possibleDuplicates(organization: "amazon") { edges { cursor } } }""", """
					{ connections(from: "andy-jassy", to: "amazon") { sentence } }""", """
					{ event(id: "amazon-layoff-savings-estimate") { id ... on Estimate { basedOn { id } } } }""");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void noReadStatementScansWhereAnIndexOrALabelShouldServe() throws Exception {
		CypherStatements.forgetParameters();
		List<String> questions = new ArrayList<>(ReadmeExamplesTests.examples());
		questions.addAll(QUESTIONS);
		for (String question : questions) {
			try {
				this.graphQl.document(question).execute().errors().verify();
			}
			catch (AssertionError ex) {
				throw new AssertionError("The question failed: " + question, ex);
			}
		}
		Map<String, Object> statements = new LinkedHashMap<>(CypherStatements.withParameters());
		statements.keySet()
			.removeIf((text) -> WRITE.matcher(text).find() || text.strip().startsWith("SHOW")
					|| text.strip().toUpperCase(Locale.ROOT).startsWith("CALL DB."));
		assertThat(statements).hasSizeGreaterThan(15);

		List<String> scans = new ArrayList<>();
		System.out.printf("%n%-10s %-8s %s%n", "db hits", "rows", "statement (its scans and index seeks)");
		try (Session session = this.driver.session(SessionConfig.builder().withDatabase("neo4j").build())) {
			for (Map.Entry<String, Object> statement : statements.entrySet()) {
				ResultSummary summary = profile(session, statement.getKey(), statement.getValue());
				ProfiledPlan plan = summary.profile();
				Set<String> operators = new TreeSet<>();
				collect(plan, operators);
				long hits = dbHits(plan);
				String first = statement.getKey().strip().lines().findFirst().orElse("");
				System.out.printf("%,10d %-8d %s %s%n", hits, plan.records(), first,
						operators.stream().filter((o) -> o.contains("Scan") || o.contains("Seek")).toList());
				for (String operator : operators) {
					boolean never = NEVER.contains(operator);
					boolean wholeLabel = operator.equals("NodeByLabelScan:Event") && WHOLE_LABEL.keySet()
						.stream()
						.noneMatch((allowed) -> allowed.matcher(statement.getKey()).find());
					if (never || wholeLabel) {
						scans.add(operator + " in: " + statement.getKey().strip());
					}
				}
			}
		}
		assertThat(scans).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static ResultSummary profile(Session session, String text, Object parameters) {
		String profiled = "PROFILE " + text;
		return session.executeRead((tx) -> {
			var result = (parameters instanceof Value value) ? tx.run(profiled, value)
					: tx.run(profiled, (Map<String, Object>) parameters);
			List<Record> rows = result.list();
			return result.consume();
		});
	}

	/**
	 * The plan's operators; a label scan with its label ({@code NodeByLabelScan:Event}):
	 * scanning a kind's label (FinancialResult) is a label serving, scanning every event
	 * is not.
	 */
	private static void collect(ProfiledPlan plan, Set<String> operators) {
		String operator = plan.operatorType().replaceAll("@.*$", "");
		if (operator.equals("NodeByLabelScan") && plan.arguments().containsKey("Details")) {
			String details = plan.arguments().get("Details").asString();
			operator += details.substring(details.indexOf(':'));
		}
		operators.add(operator);
		plan.children().forEach((child) -> collect(child, operators));
	}

	private static long dbHits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(StatementPlansTests::dbHits).sum();
	}

}
