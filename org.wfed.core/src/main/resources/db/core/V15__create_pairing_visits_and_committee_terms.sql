-- Issue 15, the rest of organisation building: the visits a pairing's carer made (结对走访, a day and a note, never a
-- child's name) so a pairing shows when its next visit is due and the year counts 走访X次; and the members of a
-- village's or community's 两委 entered per term (the term's start year, members, women members), so the women's share
-- is a figure against the national target of at least 30 %.
CREATE TABLE core_pairing_visit (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pairing_id BIGINT NOT NULL REFERENCES core_pairing (id),
  visited_on DATE NOT NULL,
  note VARCHAR(200)
);
CREATE INDEX core_pairing_visit_pairing ON core_pairing_visit (pairing_id);
CREATE TABLE core_committee_term (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  start_year INT NOT NULL,
  members INT NOT NULL,
  women INT NOT NULL,
  version INT DEFAULT 0 NOT NULL,
  CONSTRAINT core_committee_term_once UNIQUE (unit_id, start_year)
);
