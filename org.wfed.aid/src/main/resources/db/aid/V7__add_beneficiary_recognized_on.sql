-- The day the hardship category was recognised (认定日期, e.g. by civil affairs for 低保): rosters carry
-- it, and a recognition in the future is an import error.
ALTER TABLE aid_beneficiary ADD COLUMN recognized_on DATE;
