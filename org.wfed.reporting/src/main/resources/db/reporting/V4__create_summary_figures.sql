-- The figures a summary shows, as computed at its last refresh: rendering never recomputes, and an
-- approved summary keeps the figures it was approved with.
CREATE TABLE rep_figure (
  summary_id BIGINT NOT NULL REFERENCES rep_summary (id),
  indicator_id VARCHAR(100) NOT NULL,
  name_zh VARCHAR(100) NOT NULL,
  unit_zh VARCHAR(20) NOT NULL,
  amount BIGINT,
  rate_permille BIGINT,
  PRIMARY KEY (summary_id, indicator_id)
);
