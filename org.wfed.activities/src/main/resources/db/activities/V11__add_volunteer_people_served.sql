-- The people a volunteer service served, counted once each (已居家管控隔离人员4000余名), beside the person-times it
-- served (beneficiaries, 服务群众…人次): a long service names how many people it looked after, not how many visits.
ALTER TABLE act_volunteer_service ADD COLUMN people_served INT DEFAULT 0 NOT NULL;
