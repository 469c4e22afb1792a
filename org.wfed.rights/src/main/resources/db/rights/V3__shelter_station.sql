-- A temporary shelter stay (临时庇护) names its shelter: a core station of kind SHELTER (临时庇护所).
ALTER TABLE rights_action ADD COLUMN station_id BIGINT;
