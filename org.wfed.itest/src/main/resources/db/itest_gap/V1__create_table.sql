-- Test migration: the first of an owner whose V3 ran before its V2 existed.
CREATE TABLE itest_gap (id INT NOT NULL PRIMARY KEY, note VARCHAR(20));
