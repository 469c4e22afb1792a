-- Test migration: a second step applied after the first, in order.
ALTER TABLE itest_existing ADD COLUMN note VARCHAR(50);
INSERT INTO itest_existing (id, label, note) VALUES (1, 'one', 'from V2');
