-- Women's care insurance bought by a unit for a woman for one year (seed: ¥100 each for 307 women).
CREATE TABLE ins_policy (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  policy_year INT NOT NULL,
  premium_fen BIGINT NOT NULL,
  insurer VARCHAR(100),
  bought_on DATE NOT NULL,
  UNIQUE (person_id, policy_year)
);
CREATE INDEX ins_policy_unit ON ins_policy (unit_id, bought_on);
