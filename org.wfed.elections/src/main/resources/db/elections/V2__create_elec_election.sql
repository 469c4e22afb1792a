-- An election (换届选举) of one unit: its date, term, deadline, rule set, attendance and the step it has reached.
CREATE TABLE elec_election (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  title VARCHAR(100) NOT NULL,
  election_date DATE NOT NULL,
  deadline DATE,
  term_years INT NOT NULL,
  step VARCHAR(30) NOT NULL,
  quorum_share VARCHAR(10) NOT NULL,
  winning_share VARCHAR(10) NOT NULL,
  surplus_percent INT NOT NULL,
  voters_due INT DEFAULT 0 NOT NULL,
  voters_present INT DEFAULT 0 NOT NULL,
  filed_on DATE,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX elec_election_unit ON elec_election (unit_id, election_date);
