-- The aid module's first migration: proves the module's schema is applied and versioned.
CREATE TABLE aid_setting (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  val VARCHAR(1000)
);
