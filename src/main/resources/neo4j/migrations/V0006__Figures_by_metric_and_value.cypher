// "Quarters with negative free cash flow": a figure found by its metric and a range of its value, from the index.
CREATE INDEX figure_metric_value IF NOT EXISTS FOR (n:Figure) ON (n.metric, n.value);
