-- Test migration with a PostgreSQL variant: the plain file, taken by Derby.
CREATE TABLE itest_variant (id INT NOT NULL PRIMARY KEY, label VARCHAR(20));
INSERT INTO itest_variant (id, label) VALUES (1, 'plain');
