-- Photos of activities and contest nominees: the image file lives under the data folder with a random name;
-- this row says whose it is (and so who may see it), its type and size.
CREATE TABLE act_photo (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_kind VARCHAR(10) NOT NULL,
  owner_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  stored_name VARCHAR(60) NOT NULL UNIQUE,
  content_type VARCHAR(20) NOT NULL,
  size_bytes INT NOT NULL,
  caption VARCHAR(200),
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(50)
);
CREATE INDEX act_photo_owner ON act_photo (owner_kind, owner_id);
