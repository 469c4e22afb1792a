-- A unit's people page reads its first rows in id order straight from this index, without fetching
-- and sorting every person of the unit (the typical read of a community clerk).
CREATE INDEX core_person_unit_id ON core_person (unit_id, id);
