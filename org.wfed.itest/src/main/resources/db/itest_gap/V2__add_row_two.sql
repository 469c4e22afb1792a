-- Test migration: the number reserved by work that landed after V3.
INSERT INTO itest_gap (id, note) VALUES (2, 'from V2');
