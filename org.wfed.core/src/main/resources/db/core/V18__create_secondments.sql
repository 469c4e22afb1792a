-- Issue 13 (S8 L132 "派2名干部到大托新村，2名干部到xx社区参加防疫抗疫"): cadres a unit sends to work elsewhere for a
-- while (派驻/下沉干部): the person of the registry, the sending unit, where to (a unit of the tree or a named place outside
-- it, exactly one), the purpose, and the dates, so the year's figure is the cadres sent per destination.
CREATE TABLE core_secondment (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  person_id BIGINT NOT NULL REFERENCES core_person (id),
  to_unit_id BIGINT REFERENCES core_unit (id),
  to_place VARCHAR(100),
  purpose VARCHAR(200) NOT NULL,
  from_on DATE NOT NULL,
  to_on DATE,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX core_secondment_unit ON core_secondment (unit_id);
