-- The families board orders a district's open files (5,100 of them) by their next visit: this index holds every
-- column that ordering reads, so the files are found and sorted from the index alone and only the page's rows are
-- read from the table.
CREATE INDEX rights_family_board ON rights_family (unit_id, closed_on, colour, opened_on, last_visit_on, id);
