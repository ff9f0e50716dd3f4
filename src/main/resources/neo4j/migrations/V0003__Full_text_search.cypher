// Words in events' titles, summaries and quotes, and in the excerpts that cite them, are searchable.
CREATE FULLTEXT INDEX event_text IF NOT EXISTS FOR (e:Event) ON EACH [e.title, e.summary, e.quote];
CREATE FULLTEXT INDEX citation_excerpt IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON EACH [r.excerpt];
