-- Test migration: a second step applied after the first, in order.
ALTER TABLE itest_fresh ADD COLUMN note VARCHAR(50);
INSERT INTO itest_fresh (id, label, note) VALUES (1, 'one', 'from V2');
