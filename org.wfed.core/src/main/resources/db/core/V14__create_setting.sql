-- Facts of the deployment that every node must agree on, by name (e.g. files.id: which shared files folder
-- belongs to this database, see docs/scaling.md).
CREATE TABLE core_setting (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  value VARCHAR(500) NOT NULL
);
