-- Referrals (推荐) of a seeker to a job post, with their outcome (PENDING 待反馈, HIRED 已录用, DECLINED 未录用);
-- a placement may name the referral it came from.
CREATE TABLE svc_referral (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  seeker_id BIGINT NOT NULL REFERENCES svc_seeker (id),
  job_id BIGINT NOT NULL REFERENCES svc_job_post (id),
  referred_on DATE NOT NULL,
  note VARCHAR(500),
  outcome VARCHAR(20) DEFAULT 'PENDING' NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX svc_referral_unit ON svc_referral (unit_id, referred_on);
CREATE INDEX svc_referral_seeker ON svc_referral (seeker_id);
CREATE INDEX svc_referral_job ON svc_referral (job_id);
ALTER TABLE svc_placement ADD COLUMN referral_id BIGINT;
ALTER TABLE svc_placement ADD CONSTRAINT svc_placement_referral FOREIGN KEY (referral_id) REFERENCES svc_referral (id);
