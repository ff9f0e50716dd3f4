package io.casefile.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A deterministic synthetic graph in Casefile's dataset format: organizations with
 * quarterly results (a free-cash-flow figure each), layoff waves, statements and capex
 * figures, each cited to one of a few sources per organization. The same size and seed
 * always give the same graph.
 * <p>
 * It comes in chunks of whole organizations, each a dataset of its own, so that a large
 * graph is written in transactions of bounded size; the first chunk also holds the
 * sources' authors.
 */
public final class SyntheticGraph {

	/**
	 * Each organization's events: 24 quarters, 40 layoff waves, 20 statements, 16 capex
	 * figures.
	 */
	public static final int EVENTS_PER_ORGANIZATION = 100;

	private static final int QUARTERS = 24;

	private static final int FIRST_YEAR = 2020;

	private static final String[] WORDS = { "restructuring", "efficiency", "automation", "artificial", "intelligence",
			"datacenter", "margins", "headcount", "layoffs", "investment", "growth", "cloud", "bureaucracy", "capital",
			"spending", "workforce", "guidance", "demand", "pricing", "chips" };

	private final int organizations;

	private final long seed;

	public SyntheticGraph(int organizations, long seed) {
		this.organizations = organizations;
		this.seed = seed;
	}

	/** The graph's size in events. */
	public int events() {
		return this.organizations * EVENTS_PER_ORGANIZATION;
	}

	public static String organizationId(int n) {
		return "org-%05d".formatted(n);
	}

	/**
	 * Hands out the graph in datasets of {@code perChunk} organizations each, in order.
	 */
	public void chunks(int perChunk, Consumer<Map<String, Object>> dataset) {
		for (int from = 0; from < this.organizations; from += perChunk) {
			dataset.accept(chunk(from, Math.min(this.organizations, from + perChunk)));
		}
	}

	private Map<String, Object> chunk(int from, int to) {
		List<Object> organizations = new ArrayList<>();
		List<Object> people = new ArrayList<>();
		List<Object> sources = new ArrayList<>();
		List<Object> events = new ArrayList<>();
		for (int n = from; n < to; n++) {
			Random random = new Random(this.seed * 1_000_003L + n);
			String org = organizationId(n);
			String name = "Synthetic Company %05d".formatted(n);
			organizations.add(Map.of("id", org, "name", name, "aliases", List.of(name + " Inc."), "kind", "COMPANY"));
			String ceo = org + "-ceo";
			people.add(Map.of("id", ceo, "name", "Chief Executive " + n));
			List<String> sourceIds = new ArrayList<>();
			for (int s = 0; s < 5; s++) {
				String source = org + "-source-" + s;
				sourceIds.add(source);
				LocalDate published = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(6 * 365));
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("id", source);
				entry.put("title", "Report %d on %s".formatted(s, name));
				entry.put("author", ceo);
				entry.put("publisher", "Synthetic Wire");
				entry.put("publishedOn", published.toString());
				entry.put("url", "https://example.org/" + source);
				sources.add(entry);
			}
			for (int q = 0; q < QUARTERS; q++) {
				int year = FIRST_YEAR + q / 4;
				String period = "Q%d %d".formatted(q % 4 + 1, year);
				double fcf = (random.nextInt(100) - 25) * 1_000_000.0;
				String text = "%s posted free cash flow of %.0f million dollars in %s.".formatted(name, fcf / 1e6,
						period);
				Map<String, Object> figure = Map.of("id", org + "-fcf-" + q, "metric", "FREE_CASH_FLOW", "value", fcf,
						"unit", "USD", "text", "%.0f million dollars".formatted(fcf / 1e6), "citations",
						cite(random, sourceIds, text));
				events.add(event(org + "-results-" + q, "FINANCIAL_RESULT", org, name + " results for " + period, text,
						period, Map.of("period", period, "periodKind", "QUARTER", "figures", List.of(figure)),
						cite(random, sourceIds, text)));
			}
			for (int i = 0; i < 40; i++) {
				LocalDate day = day(random);
				int headcount = 10 + random.nextInt(5000);
				String text = "%s cut %d jobs, citing %s and %s.".formatted(name, headcount, word(random),
						word(random));
				events.add(event(org + "-layoffs-" + i, "LAYOFF_WAVE", org,
						"%s cuts %d jobs".formatted(name, headcount), text, dateText(random, day),
						Map.of("headcount", headcount, "scope", "corporate"), cite(random, sourceIds, text)));
			}
			for (int i = 0; i < 20; i++) {
				LocalDate day = day(random);
				String quote = "We are focused on %s, %s and %s.".formatted(word(random), word(random), word(random));
				String text = "The chief executive of %s said: \"%s\"".formatted(name, quote);
				events.add(event(org + "-statement-" + i, "STATEMENT", org,
						"%s's CEO on %s".formatted(name, word(random)), text, dateText(random, day), Map.of("speaker",
								ceo, "quote", quote, "venue", "earnings call", "topics", List.of(word(random))),
						cite(random, sourceIds, text)));
			}
			for (int i = 0; i < 16; i++) {
				int year = FIRST_YEAR + random.nextInt(7);
				double amount = (1 + random.nextInt(200)) * 100_000_000.0;
				String text = "%s guided %.1f billion dollars of capital expenditure for %d.".formatted(name,
						amount / 1e9, year);
				events.add(event(org + "-capex-" + i, "CAPEX", org, "%s capex guidance for %d".formatted(name, year),
						text, String.valueOf(year),
						Map.of("fiscalYear", year, "basis", "GUIDANCE", "direction",
								random.nextBoolean() ? "UP" : "DOWN", "amount",
								Map.of("value", amount, "currency", "USD", "text",
										"%.1f billion dollars".formatted(amount / 1e9))),
						cite(random, sourceIds, text)));
			}
		}
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("format", "casefile/1");
		dataset.put("dataset", "synthetic:%d:%d:%05d-%05d".formatted(this.organizations, this.seed, from, to));
		dataset.put("organizations", organizations);
		dataset.put("people", people);
		dataset.put("sources", sources);
		dataset.put("events", events);
		return dataset;
	}

	private static Map<String, Object> event(String id, String kind, String org, String title, String summary,
			String date, Map<String, Object> fields, List<Object> citations) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", id);
		event.put("kind", kind);
		event.put("organizations", List.of(org));
		event.put("title", title);
		event.put("summary", summary);
		event.put("date", date);
		event.putAll(fields);
		event.put("citations", citations);
		return event;
	}

	private static List<Object> cite(Random random, List<String> sources, String excerpt) {
		return List.of(Map.of("source", sources.get(random.nextInt(sources.size())), "excerpt", excerpt));
	}

	private static LocalDate day(Random random) {
		return LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(6 * 365));
	}

	/** Sources date things at several precisions: a day, a part of a month, a month. */
	private static String dateText(Random random, LocalDate day) {
		String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
		return switch (random.nextInt(3)) {
			case 0 -> day.toString();
			case 1 -> ((day.getDayOfMonth() <= 10) ? "early " : (day.getDayOfMonth() <= 20) ? "mid " : "late ") + month
					+ " " + day.getYear();
			default -> month + " " + day.getYear();
		};
	}

	private static String word(Random random) {
		return WORDS[random.nextInt(WORDS.length)];
	}

}
