-- The previous term's committee (上届班子构成), entered once per unit where wfed holds no leadership history of it:
-- per position, how many, their average age and how many were under 35, college-educated, postgraduates, party
-- members and in the 两委 (a figure not known is NULL).
CREATE TABLE elec_previous_term (
  unit_id BIGINT NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  entered_by BIGINT NOT NULL,
  entered_at TIMESTAMP NOT NULL
);
CREATE TABLE elec_previous_group (
  unit_id BIGINT NOT NULL REFERENCES elec_previous_term (unit_id),
  kind VARCHAR(20) NOT NULL,
  members INT NOT NULL,
  average_age DECIMAL(5, 1),
  under35 INT,
  college INT,
  postgraduate INT,
  party_members INT,
  in_two_committees INT,
  PRIMARY KEY (unit_id, kind)
);
