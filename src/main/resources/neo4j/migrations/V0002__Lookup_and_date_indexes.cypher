// People and projects are found by name; events are ordered, paged and compared on their date bounds.
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX project_name_key IF NOT EXISTS FOR (n:Project) ON (n.nameKey);
CREATE INDEX event_sort_key IF NOT EXISTS FOR (n:Event) ON (n.sortKey);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX event_date_earliest IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest);
CREATE INDEX event_date_latest IF NOT EXISTS FOR (n:Event) ON (n.dateLatest);
CREATE INDEX figure_metric IF NOT EXISTS FOR (n:Figure) ON (n.metric);
