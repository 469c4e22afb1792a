-- Issue 13 (S2 L32 "做到十项制度上墙"): the rules a station has posted on its wall (制度上墙), each named with the day it
-- was posted, so a station's figure is the rules posted by the period's end.
CREATE TABLE core_station_rule (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  station_id BIGINT NOT NULL REFERENCES core_station (id),
  name VARCHAR(50) NOT NULL,
  posted_on DATE NOT NULL
);
CREATE INDEX core_station_rule_station ON core_station_rule (station_id);
