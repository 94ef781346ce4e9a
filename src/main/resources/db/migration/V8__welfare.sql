-- Member welfare (chăm lo đời sống đoàn viên): welfare cases with approval by amount, the yearly welfare fund of
-- each unit kept as lines (its balance is always summed, never stored), and members' concerns and requests.
-- Times are DATETIME, not TIMESTAMP: MariaDB gives a table's first TIMESTAMP column an ON UPDATE default.

-- How much a unit of a level may approve on its own. case_kind NULL is the limit for any kind; a row for a kind
-- overrides it. A level without any row approves nothing itself, except the top of the tree, which decides the rest.
CREATE TABLE welfare_limit (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    unit_level_code VARCHAR(40)  NOT NULL,
    case_kind       VARCHAR(30),
    max_amount      BIGINT       NOT NULL,
    CONSTRAINT fk_welfare_limit_level FOREIGN KEY (unit_level_code) REFERENCES unit_level (code),
    CONSTRAINT uq_welfare_limit UNIQUE (unit_level_code, case_kind),
    CONSTRAINT ck_welfare_limit_amount CHECK (max_amount >= 0)
);
INSERT INTO welfare_limit (id, version, unit_level_code, case_kind, max_amount) VALUES
    (1, 1, 'GRASSROOTS_UNION', NULL, 2000000),
    (2, 1, 'COMMUNE_UNION', NULL, 10000000),
    (3, 1, 'DISTRICT_FEDERATION', NULL, 10000000),
    (4, 1, 'SECTOR_UNION', NULL, 10000000),
    (5, 1, 'COMMUNE_UNION', 'HOUSING_SUPPORT', 50000000),
    (6, 1, 'DISTRICT_FEDERATION', 'HOUSING_SUPPORT', 50000000),
    (7, 1, 'SECTOR_UNION', 'HOUSING_SUPPORT', 50000000);

CREATE TABLE member_concern (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    member_id   BIGINT         NOT NULL,
    unit_id     BIGINT         NOT NULL,
    subject     VARCHAR(200)   NOT NULL,
    body        VARCHAR(2000)  NOT NULL,
    status      VARCHAR(20)    NOT NULL,
    answer      VARCHAR(2000),
    answered_by VARCHAR(60),
    answered_at DATETIME,
    case_id     BIGINT,
    created_at  DATETIME       NOT NULL,
    CONSTRAINT fk_concern_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_concern_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_concern_member ON member_concern (member_id, created_at);
CREATE INDEX ix_concern_unit ON member_concern (unit_id, status, created_at);

CREATE TABLE welfare_case (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    unit_id            BIGINT         NOT NULL,
    member_id          BIGINT         NOT NULL,
    kind               VARCHAR(30)    NOT NULL,
    occurred_on        DATE           NOT NULL,
    description        VARCHAR(2000),
    amount             BIGINT         NOT NULL,
    gifts              VARCHAR(500),
    status             VARCHAR(20)    NOT NULL,
    approver_unit_id   BIGINT,
    submitted_at       DATETIME,
    decided_by         VARCHAR(60),
    decided_by_unit_id BIGINT,
    decided_at         DATETIME,
    paid_at            DATETIME,
    paid_by            VARCHAR(60),
    overdraft_reason   VARCHAR(500),
    concern_id         BIGINT,
    created_by         VARCHAR(60)    NOT NULL,
    created_at         DATETIME       NOT NULL,
    CONSTRAINT fk_welfare_case_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_welfare_case_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_welfare_case_approver FOREIGN KEY (approver_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_welfare_case_decider FOREIGN KEY (decided_by_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_welfare_case_concern FOREIGN KEY (concern_id) REFERENCES member_concern (id),
    CONSTRAINT ck_welfare_case_amount CHECK (amount >= 0)
);
CREATE INDEX ix_welfare_case_unit ON welfare_case (unit_id, status, occurred_on);
CREATE INDEX ix_welfare_case_member ON welfare_case (member_id, occurred_on);
CREATE INDEX ix_welfare_case_approver ON welfare_case (approver_unit_id, status, submitted_at);
CREATE INDEX ix_welfare_case_kind ON welfare_case (kind, occurred_on);
CREATE INDEX ix_welfare_case_paid ON welfare_case (status, paid_at);

ALTER TABLE member_concern ADD CONSTRAINT fk_concern_case FOREIGN KEY (case_id) REFERENCES welfare_case (id);

-- Every step of a case: who, from which unit, when, and the comment (required on a rejection).
CREATE TABLE welfare_case_event (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    case_id       BIGINT         NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    occurred_at   DATETIME       NOT NULL,
    actor         VARCHAR(60)    NOT NULL,
    actor_name    VARCHAR(120)   NOT NULL,
    actor_unit_id BIGINT         NOT NULL,
    comment_text  VARCHAR(2000),
    CONSTRAINT fk_welfare_event_case FOREIGN KEY (case_id) REFERENCES welfare_case (id),
    CONSTRAINT fk_welfare_event_unit FOREIGN KEY (actor_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_welfare_event_case ON welfare_case_event (case_id, occurred_at);

-- A unit's welfare fund of one year. Its balance is opening_balance plus its income lines minus its expense lines,
-- summed by the database on every read; the row is locked while a payment checks and adds its expense line.
CREATE TABLE welfare_fund (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    unit_id         BIGINT       NOT NULL,
    fund_year       INT          NOT NULL,
    opening_balance BIGINT       NOT NULL,
    created_by      VARCHAR(60)  NOT NULL,
    created_at      DATETIME     NOT NULL,
    CONSTRAINT fk_welfare_fund_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_welfare_fund UNIQUE (unit_id, fund_year)
);
CREATE INDEX ix_welfare_fund_year ON welfare_fund (fund_year);

CREATE TABLE welfare_fund_line (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    fund_id     BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    line_date   DATE          NOT NULL,
    amount      BIGINT        NOT NULL,
    description VARCHAR(500)  NOT NULL,
    case_id     BIGINT,
    created_by  VARCHAR(60)   NOT NULL,
    created_at  DATETIME      NOT NULL,
    CONSTRAINT fk_fund_line_fund FOREIGN KEY (fund_id) REFERENCES welfare_fund (id),
    CONSTRAINT fk_fund_line_case FOREIGN KEY (case_id) REFERENCES welfare_case (id),
    CONSTRAINT uq_fund_line_case UNIQUE (case_id),
    CONSTRAINT ck_fund_line_amount CHECK (amount > 0)
);
CREATE INDEX ix_fund_line_fund ON welfare_fund_line (fund_id, kind, line_date);
