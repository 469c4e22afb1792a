-- The screening-due indicator (两癌应查人数) counts the women invited per unit within a period: without an
-- index that starts with the unit, Derby scanned every year's invitations and tested each against the
-- subtree's units (1.1 s for a district, the slowest aid figure). This index answers it from the index alone.
CREATE INDEX aid_invitation_unit_day ON aid_invitation (unit_id, invited_on, person_id);
