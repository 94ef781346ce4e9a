-- Indexes for the filters and sorts the lazy tables offer, found by going through every table's sortable and
-- filterable columns (services' SORT maps and JpqlFilter conditions) against the indexes of V1..V13. Lists that
-- stay small whatever the scale (one union's members, admissions and transfers, a province's reporting periods, a
-- unit's fund lines) sort in memory and get none. Full-text search over news and names (LIKE '%word%') cannot use a
-- B-tree index and gets none either.

-- Home page figures of a leader (members by gender under a branch): covering, no row lookups.
CREATE INDEX ix_member_unit_status_gender ON union_member (unit_id, status, gender);

-- Status board of a period: the table sorts by unit name or by submission time, filtered by status.
CREATE INDEX ix_report_period_name ON activity_report (period_id, unit_name);
CREATE INDEX ix_report_period_submitted ON activity_report (period_id, status, submitted_at);
-- Reports to review, newest submission first.
CREATE INDEX ix_report_reviewer_submitted ON activity_report (reviewer_unit_id, status, submitted_at);

-- Administration of units and accounts: sorts by name, level filter, last sign-in, display name, role.
CREATE INDEX ix_org_unit_name ON org_unit (name);
CREATE INDEX ix_org_unit_level_path ON org_unit (level_code, path);
CREATE INDEX ix_account_login ON user_account (last_login_at);
CREATE INDEX ix_account_display ON user_account (display_name);
CREATE INDEX ix_account_role ON user_account (role, username);

-- Welfare cases need none: their lists start from the branch's units (org_unit.path) and reach the cases through
-- ix_welfare_case_unit (unit_id, status, occurred_on); MariaDB kept that plan when an index on occurred_on existed.

-- Award register: sorts by decision date and creation.
CREATE INDEX ix_award_decision ON award (decision_date);
CREATE INDEX ix_award_created ON award (created_at);

-- Entries of a movement: filtered by result, sorted by points.
CREATE INDEX ix_entry_movement_result ON movement_entry (movement_id, result);
CREATE INDEX ix_entry_movement_points ON movement_entry (movement_id, final_points);
