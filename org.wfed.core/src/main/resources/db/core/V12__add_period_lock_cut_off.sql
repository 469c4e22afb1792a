-- 统计截止日: a year lock covers the unit's records up to this day (an approval before the year ends locks what
-- its summary reported, not the rest of the year). NULL: the whole year (locks set before this column).
ALTER TABLE core_period_lock ADD COLUMN locked_through DATE;
