-- Movements: a registration's name folded for the launcher's search ("nguyen thi" finds "Nguyễn Thị ..."), kept
-- beside subject_name like the other search columns (see TextNormalizer.fold). Rows written before have none.
ALTER TABLE movement_entry ADD COLUMN search_name VARCHAR(255) NOT NULL DEFAULT '';
CREATE INDEX ix_entry_search ON movement_entry (movement_id, search_name);
