-- Scrutineers (监票人) and counters (计票人) of the congress, and the log of steps with date, documents and who is responsible.
CREATE TABLE elec_official (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  election_id BIGINT NOT NULL REFERENCES elec_election (id),
  role VARCHAR(12) NOT NULL,
  name VARCHAR(50) NOT NULL,
  person_id BIGINT
);
CREATE INDEX elec_official_election ON elec_official (election_id);
CREATE TABLE elec_step (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  election_id BIGINT NOT NULL REFERENCES elec_election (id),
  step VARCHAR(30) NOT NULL,
  done_on DATE NOT NULL,
  responsible VARCHAR(50),
  documents VARCHAR(500),
  recorded_by BIGINT NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX elec_step_election ON elec_step (election_id);
