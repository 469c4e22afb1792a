-- Voting rounds per position with the counting sheet's totals and verdict, and the votes per name (listed or written in).
CREATE TABLE elec_round (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  position_id BIGINT NOT NULL REFERENCES elec_position (id),
  round_no INT NOT NULL,
  seats INT NOT NULL,
  voters_due INT NOT NULL,
  voters_present INT NOT NULL,
  issued INT NOT NULL,
  returned INT NOT NULL,
  valid_ballots INT NOT NULL,
  invalid_ballots INT NOT NULL,
  entry_mode VARCHAR(10) NOT NULL,
  outcome VARCHAR(10) NOT NULL,
  explanation VARCHAR(8000) NOT NULL,
  recorded_by BIGINT NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX elec_round_position ON elec_round (position_id);
CREATE TABLE elec_tally (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id BIGINT NOT NULL REFERENCES elec_round (id),
  candidate_id BIGINT,
  write_in VARCHAR(50),
  yes_votes INT NOT NULL,
  no_votes INT NOT NULL,
  abstain_votes INT NOT NULL,
  elected BOOLEAN DEFAULT FALSE NOT NULL,
  tied BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX elec_tally_round ON elec_tally (round_id);
