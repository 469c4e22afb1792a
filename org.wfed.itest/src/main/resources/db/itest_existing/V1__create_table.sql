-- Test migration: a table created on a fresh database.
CREATE TABLE itest_existing (id INT NOT NULL PRIMARY KEY, label VARCHAR(20));
