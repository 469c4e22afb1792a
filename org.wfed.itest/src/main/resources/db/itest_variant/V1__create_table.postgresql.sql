-- Test migration: the PostgreSQL variant of V1, taken instead of the plain file on PostgreSQL.
CREATE TABLE itest_variant (id INT NOT NULL PRIMARY KEY, label VARCHAR(20) COLLATE "C");
INSERT INTO itest_variant (id, label) VALUES (1, 'postgresql');
