-- Listing a year of a district's activities sorted by date sorted ~170,000 whole rows per page (13 s with
-- 1,000,000 activities). This index holds everything the list's filter and order need (unit, date, id, type),
-- so a page is found from the index alone and only its 50 rows are read from the table.
CREATE INDEX act_activity_list ON act_activity (unit_id, held_on, id, type_code);
