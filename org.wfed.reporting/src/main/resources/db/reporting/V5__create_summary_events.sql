-- The approval history of a summary: submissions, approvals and returns with their comments.
CREATE TABLE rep_summary_event (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  summary_id BIGINT NOT NULL REFERENCES rep_summary (id),
  action VARCHAR(20) NOT NULL,
  actor VARCHAR(50) NOT NULL,
  actor_unit_id BIGINT NOT NULL,
  comment_text VARCHAR(2000),
  occurred_at TIMESTAMP NOT NULL
);
CREATE INDEX rep_summary_event_summary ON rep_summary_event (summary_id, occurred_at);
