-- Issue 13 (S2 L48 "内设'三区'：学习区，艺术区，活动区"): the zones a station is laid out in (功能区), each named with the day
-- it was set up, so the summary names them and counts them.
CREATE TABLE core_station_zone (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  station_id BIGINT NOT NULL REFERENCES core_station (id),
  name VARCHAR(50) NOT NULL,
  opened_on DATE NOT NULL
);
CREATE INDEX core_station_zone_station ON core_station_zone (station_id);
