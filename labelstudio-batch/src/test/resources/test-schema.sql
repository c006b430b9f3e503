CREATE TABLE source_rows (id BIGINT PRIMARY KEY, text VARCHAR(200) NOT NULL);
CREATE TABLE warehouse_annotations (annotation_id BIGINT PRIMARY KEY, task_id BIGINT NOT NULL, label VARCHAR(100));
