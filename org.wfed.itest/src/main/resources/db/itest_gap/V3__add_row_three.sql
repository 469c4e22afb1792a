-- Test migration: applied before V2 (the test records it by hand).
INSERT INTO itest_gap (id, note) VALUES (3, 'from V3');
