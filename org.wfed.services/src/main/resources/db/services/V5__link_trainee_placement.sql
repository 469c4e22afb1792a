-- A trainee's employment afterwards (培训后就业) may name the placement (成功就业) of the same person it was.
ALTER TABLE svc_trainee ADD COLUMN placement_id BIGINT;
ALTER TABLE svc_trainee ADD CONSTRAINT svc_trainee_placement FOREIGN KEY (placement_id) REFERENCES svc_placement (id);
