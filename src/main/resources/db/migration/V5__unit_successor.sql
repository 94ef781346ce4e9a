-- The unit that took over from a unit that ended by merge or dissolution (its members, accounts and work), so the
-- successor's officers keep seeing the ended unit's past.
ALTER TABLE org_unit ADD COLUMN successor_id BIGINT;
ALTER TABLE org_unit ADD CONSTRAINT fk_org_unit_successor FOREIGN KEY (successor_id) REFERENCES org_unit (id);
CREATE INDEX ix_org_unit_successor ON org_unit (successor_id);
