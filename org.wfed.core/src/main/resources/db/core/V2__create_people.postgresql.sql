-- One person registry shared by every module (PostgreSQL variant: names compare byte by byte, COLLATE "C",
-- so that a search by the start of a name uses the name index and lists sort as in Derby). id_number is unique
-- where present (Derby and PostgreSQL both let several NULLs through a UNIQUE constraint).
CREATE TABLE core_person (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  name VARCHAR(50) COLLATE "C" NOT NULL,
  sex CHAR(1) NOT NULL,
  birth_date DATE NOT NULL,
  id_number CHAR(18) UNIQUE,
  phone VARCHAR(20),
  household VARCHAR(100),
  education VARCHAR(12),
  party_member BOOLEAN DEFAULT FALSE NOT NULL,
  occupation VARCHAR(50),
  rural_hukou BOOLEAN DEFAULT FALSE NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX core_person_unit ON core_person (unit_id, name);
