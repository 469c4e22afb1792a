-- The summary's paragraphs: the template with {indicator.id} placeholders is stored, so prose stays
-- editable while the figures stay linked to their indicator and can be refreshed.
CREATE TABLE rep_paragraph (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  summary_id BIGINT NOT NULL REFERENCES rep_summary (id),
  section VARCHAR(20) NOT NULL,
  position INT NOT NULL,
  source VARCHAR(100) NOT NULL,
  template VARCHAR(8000) NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX rep_paragraph_summary ON rep_paragraph (summary_id, section, position);
