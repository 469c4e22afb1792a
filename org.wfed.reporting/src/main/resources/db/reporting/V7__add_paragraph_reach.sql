-- Staff choose per paragraph whether its figures are the unit's own records or its subtree's (NULL: each
-- figure's default), and may print the sentences that state no work, which a draft otherwise leaves out.
ALTER TABLE rep_paragraph ADD COLUMN reach VARCHAR(7);
ALTER TABLE rep_paragraph ADD COLUMN show_empty BOOLEAN DEFAULT FALSE NOT NULL;
