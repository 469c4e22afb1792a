-- Every state-changing request is audited with its result (等保 2.0 "audit with result"): the refusal's
-- code, the client's address and the request line join each entry, and outcomes read SUCCEEDED,
-- REFUSED or FAILED (they read OK and DENIED before).
ALTER TABLE core_audit ADD COLUMN code VARCHAR(50);
ALTER TABLE core_audit ADD COLUMN client_address VARCHAR(45);
ALTER TABLE core_audit ADD COLUMN request VARCHAR(300);
UPDATE core_audit SET outcome = 'SUCCEEDED' WHERE outcome = 'OK';
UPDATE core_audit SET outcome = 'REFUSED' WHERE outcome = 'DENIED';
