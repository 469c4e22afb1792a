-- Annual work summaries (年度工作总结): one per unit and year, drafted from the indicators and
-- edited by staff; status follows the approval chain community -> street -> district.
CREATE TABLE rep_summary (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  report_year INT NOT NULL,
  title VARCHAR(200) NOT NULL,
  status VARCHAR(20) NOT NULL,
  figures_at TIMESTAMP NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(50) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL,
  CONSTRAINT rep_summary_unit_year UNIQUE (unit_id, report_year)
);
