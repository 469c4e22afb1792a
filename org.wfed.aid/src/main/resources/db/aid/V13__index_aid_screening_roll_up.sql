-- The roll-up counts a year's screened and abnormal women per unit from the index alone, and the follow-ups
-- closed in a year from theirs. The screening index begins with the columns of aid_screening_unit, which it replaces.
CREATE INDEX aid_screening_roll_up ON aid_screening (unit_id, screened_on, abnormal, person_id);
DROP INDEX aid_screening_unit;
CREATE INDEX aid_follow_up_closed ON aid_follow_up (unit_id, closed_on, outcome, stage);
