-- Every person row is written into each of core_person's indexes, which made a 100,000-row roster
-- import spend most of its time in Derby's B-trees. (unit_id, name) served no query any longer:
-- a unit's people are read through (unit_id, id), and a name search uses (name) (PersonResource).
DROP INDEX core_person_unit;
