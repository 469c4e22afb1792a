-- Issue 13 (S6 L99 "三位妇联主席带领…"): leaders seated without an election are entered and changed by hand now
-- (core's register of a unit's current leaders), so a seat carries the version a change must name (409 when stale).
ALTER TABLE core_leader ADD COLUMN version INT DEFAULT 0 NOT NULL;
