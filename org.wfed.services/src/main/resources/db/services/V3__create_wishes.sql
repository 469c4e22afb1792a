-- Micro-wishes (微心愿): a wish collected from a person (often a child: the beneficiary's name is shown masked),
-- its value in yuan, the donor or volunteer who claimed it and when it was fulfilled.
CREATE TABLE svc_wish (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  wish VARCHAR(500) NOT NULL,
  wish_value DECIMAL(12, 2),
  beneficiary VARCHAR(50) NOT NULL,
  collected_on DATE NOT NULL,
  claimed_by VARCHAR(100),
  claimed_on DATE,
  fulfilled_on DATE,
  fulfilled_how VARCHAR(500),
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX svc_wish_unit ON svc_wish (unit_id, collected_on);
