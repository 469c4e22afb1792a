-- A summary's figures become exact decimals per indicator, per member of a breakdown ('' for the whole
-- figure) and per reach (the unit's own records or its subtree), so that money keeps its fen, hours their
-- fractions, and a paragraph can state a programme's amount or the unit's own publicity. The figures of
-- existing summaries (whole numbers of the subtree: fen for 元, tenths of a percent for rates) move over.
-- default_reach is the reach a placeholder without @own/@subtree takes (the indicator's default then).
CREATE TABLE rep_summary_figure (
  summary_id BIGINT NOT NULL REFERENCES rep_summary (id),
  indicator_id VARCHAR(100) NOT NULL,
  member_code VARCHAR(100) DEFAULT '' NOT NULL,
  reach VARCHAR(7) NOT NULL,
  default_reach VARCHAR(7) DEFAULT 'SUBTREE' NOT NULL,
  position INT DEFAULT 0 NOT NULL,
  name_zh VARCHAR(100) NOT NULL,
  member_zh VARCHAR(100),
  unit_zh VARCHAR(20) NOT NULL,
  measure VARCHAR(12) NOT NULL,
  figure_value DECIMAL(31, 6),
  PRIMARY KEY (summary_id, indicator_id, member_code, reach)
);
INSERT INTO rep_summary_figure (summary_id, indicator_id, member_code, reach, position, name_zh, member_zh, unit_zh, measure, figure_value)
  SELECT summary_id, indicator_id, '', 'SUBTREE', 0, name_zh, CAST(NULL AS VARCHAR(100)), unit_zh,
         CASE WHEN rate_permille IS NOT NULL OR unit_zh = '%' THEN 'RATE' WHEN unit_zh = '元' THEN 'MONEY' ELSE 'COUNT' END,
         CASE WHEN unit_zh = '%' THEN CAST(rate_permille AS DECIMAL(31, 6)) / 10
              WHEN unit_zh = '元' THEN CAST(amount AS DECIMAL(31, 6)) / 100
              ELSE CAST(amount AS DECIMAL(31, 6)) END
  FROM rep_figure;
DROP TABLE rep_figure;
