-- The 拼音 keys of a person's name (NameKeys: " zhangli zl"), so that a clerk finds 张丽 by typing zhangli, zhangl
-- or zl. Written with the name by every insert and update; rows from before this version are filled at start
-- (NameKeyBackfill). No index: a search matches a key's start anywhere in the column (LIKE '% zl%'), like the
-- name search matches anywhere in the name, reading the rows of the caller's units through (unit_id, id); an
-- index nobody's plan takes would only slow every insert (V7).
ALTER TABLE core_person ADD COLUMN name_pinyin VARCHAR(400);
