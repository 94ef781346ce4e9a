-- The union tree over time: restructuring operations, each unit's superior per period, each member's union per
-- period, and the counter that hands out member card numbers. Dates are days; a period runs from valid_from
-- (included) to valid_to (excluded), so "dissolved from 01/07/2025" is valid_to = 2025-07-01.

-- One recorded restructuring (merge, dissolve, move, split), applied as one transaction.
CREATE TABLE restructuring (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    effective_on  DATE          NOT NULL,
    decision_ref  VARCHAR(120),
    note          VARCHAR(1000),
    summary       VARCHAR(4000) NOT NULL,
    performed_by  VARCHAR(60)   NOT NULL,
    performed_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_restructuring_effective ON restructuring (effective_on);

-- The units an operation touched and how (SOURCE ended or split, TARGET received, MOVED re-parented, CREATED).
CREATE TABLE restructuring_unit (
    restructuring_id BIGINT      NOT NULL,
    unit_id          BIGINT      NOT NULL,
    unit_role        VARCHAR(20) NOT NULL,
    CONSTRAINT pk_restructuring_unit PRIMARY KEY (restructuring_id, unit_id, unit_role),
    CONSTRAINT fk_ru_restructuring FOREIGN KEY (restructuring_id) REFERENCES restructuring (id),
    CONSTRAINT fk_ru_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_restructuring_unit_unit ON restructuring_unit (unit_id);

-- A unit's superior during a period; the unit's current parent is the link with no valid_to.
CREATE TABLE unit_link (
    id               BIGINT NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    unit_id          BIGINT NOT NULL,
    parent_id        BIGINT,
    valid_from       DATE   NOT NULL,
    valid_to         DATE,
    restructuring_id BIGINT,
    CONSTRAINT fk_link_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_link_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT fk_link_restructuring FOREIGN KEY (restructuring_id) REFERENCES restructuring (id)
);
CREATE INDEX ix_link_unit ON unit_link (unit_id, valid_from);
CREATE INDEX ix_link_parent ON unit_link (parent_id, valid_from);

-- A member's union during a period and why the period began and ended (ADMISSION, TRANSFER, LEAVE, ...).
CREATE TABLE membership_period (
    id               BIGINT      NOT NULL PRIMARY KEY,
    version          BIGINT      NOT NULL,
    member_id        BIGINT      NOT NULL,
    unit_id          BIGINT      NOT NULL,
    valid_from       DATE        NOT NULL,
    valid_to         DATE,
    start_kind       VARCHAR(20) NOT NULL,
    end_kind         VARCHAR(20),
    restructuring_id BIGINT,
    CONSTRAINT fk_period_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_period_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_period_restructuring FOREIGN KEY (restructuring_id) REFERENCES restructuring (id)
);
CREATE INDEX ix_period_member ON membership_period (member_id, valid_from);
CREATE INDEX ix_period_unit_from ON membership_period (unit_id, valid_from);
CREATE INDEX ix_period_unit_to ON membership_period (unit_id, valid_to);

-- Why a member left, and when their card was issued.
ALTER TABLE union_member ADD COLUMN left_on DATE;
ALTER TABLE union_member ADD COLUMN leave_reason VARCHAR(20);
ALTER TABLE union_member ADD COLUMN card_issued_on DATE;

-- Named counters handed out under a row lock (member card numbers): unique even under concurrent admissions.
CREATE TABLE number_counter (
    name     VARCHAR(40) NOT NULL PRIMARY KEY,
    version  BIGINT      NOT NULL,
    next_val BIGINT      NOT NULL
);
INSERT INTO number_counter (name, version, next_val) VALUES ('member_card', 0, 480000000000);

-- History for rows that existed before this migration: each unit under its present parent since it began, each
-- member in their present union since they joined. Ids reuse the source rows' ids, which the generator has
-- already handed out, so they cannot collide with ids handed out later.
INSERT INTO unit_link (id, version, unit_id, parent_id, valid_from, valid_to)
    SELECT id, 0, id, parent_id, valid_from, valid_to FROM org_unit;
INSERT INTO membership_period (id, version, member_id, unit_id, valid_from, valid_to, start_kind, end_kind)
    SELECT id, 0, id, unit_id, joined_on, NULL, 'REGISTRATION', NULL FROM union_member;
