-- Positions to fill (代表, 执委, 常委, 主席, 副主席) with seats and 差额/等额, and the candidates on each list.
CREATE TABLE elec_position (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  election_id BIGINT NOT NULL REFERENCES elec_election (id),
  kind VARCHAR(20) NOT NULL,
  seats INT NOT NULL,
  competitive BOOLEAN NOT NULL,
  explanation VARCHAR(8000),
  overridden BOOLEAN DEFAULT FALSE NOT NULL,
  override_reason VARCHAR(500)
);
CREATE INDEX elec_position_election ON elec_position (election_id);
CREATE TABLE elec_candidate (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  position_id BIGINT NOT NULL REFERENCES elec_position (id),
  person_id BIGINT NOT NULL,
  sector VARCHAR(50),
  in_two_committees BOOLEAN DEFAULT FALSE NOT NULL,
  full_time BOOLEAN DEFAULT FALSE NOT NULL,
  elected BOOLEAN DEFAULT FALSE NOT NULL,
  votes INT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX elec_candidate_position ON elec_candidate (position_id);
CREATE INDEX elec_candidate_person ON elec_candidate (person_id);
