-- The ledger (台账) and the application lists filter by unit subtree, year, programme, status and payment
-- day and order by id: with all of them in one index the count reads the index only, and a page picks its
-- 50 ids from the index before reading those rows (a district's year is ~60,000 insurance payments).
-- It begins with the columns of aid_application_unit, which it replaces.
CREATE INDEX aid_application_ledger ON aid_application (unit_id, aid_year, programme_id, status, paid_on, id);
DROP INDEX aid_application_unit;
