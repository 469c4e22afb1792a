-- Searching people by the start of the name must not scan the whole registry (200,000 people per district).
CREATE INDEX core_person_name ON core_person (name);
