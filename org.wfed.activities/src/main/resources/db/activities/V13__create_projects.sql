-- Service projects a unit buys or runs year after year (购买崇善公益联盟“忘忧草”馨家园项目…该项目已连续开展三年): name,
-- provider, the first year it ran and the last (null while it runs). How long it has run is a figure of the records
-- (report year − first year + 1), never typed.
CREATE TABLE act_project (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  provider VARCHAR(100),
  first_year INT NOT NULL,
  last_year INT,
  note VARCHAR(500),
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX act_project_unit ON act_project (unit_id, first_year, last_year, id);
