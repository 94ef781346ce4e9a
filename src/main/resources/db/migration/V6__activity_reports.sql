-- Activity reports (báo cáo hoạt động). A superior unit opens a reporting period for the grassroots unions below
-- it; opening creates one report per unit that must report, NOT_STARTED, with the unit's path and its reviewing
-- superior as they stood that day, so the report stays on the tree of its period after a restructuring.
-- Times are DATETIME, not TIMESTAMP: MariaDB gives a table's first TIMESTAMP column an ON UPDATE default.

CREATE TABLE reporting_period (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    covers_from      DATE          NOT NULL,
    covers_to        DATE          NOT NULL,
    deadline         DATE          NOT NULL,
    owner_unit_id    BIGINT        NOT NULL,
    owner_path       VARCHAR(255)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    opened_by        VARCHAR(60)   NOT NULL,
    opened_at        DATETIME      NOT NULL,
    CONSTRAINT fk_period_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_period_owner ON reporting_period (owner_path, status, deadline);

CREATE TABLE activity_report (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    period_id           BIGINT         NOT NULL,
    unit_id             BIGINT         NOT NULL,
    unit_path           VARCHAR(255)   NOT NULL,
    unit_name           VARCHAR(255)   NOT NULL,
    reviewer_unit_id    BIGINT         NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    members_total       INT,
    members_women       INT,
    new_members         INT,
    members_left        INT,
    officers_trained    INT,
    party_introduced    INT,
    welfare_members     INT,
    welfare_amount      BIGINT,
    emulation_units     INT,
    emulation_members   INT,
    classification      VARCHAR(40),
    main_results        MEDIUMTEXT,
    highlights          MEDIUMTEXT,
    limitations         MEDIUMTEXT,
    lessons             MEDIUMTEXT,
    directions          MEDIUMTEXT,
    proposals           MEDIUMTEXT,
    last_saved_at       DATETIME,
    last_saved_by       VARCHAR(60),
    submitted_at        DATETIME,
    decided_at          DATETIME,
    approved_by         VARCHAR(60),
    approved_by_unit_id BIGINT,
    CONSTRAINT fk_report_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_report_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_report_reviewer FOREIGN KEY (reviewer_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_report_approver FOREIGN KEY (approved_by_unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_report_period_unit UNIQUE (period_id, unit_id)
);
CREATE INDEX ix_report_period_path ON activity_report (period_id, unit_path, status);
CREATE INDEX ix_report_unit ON activity_report (unit_id, period_id);
CREATE INDEX ix_report_reviewer ON activity_report (reviewer_unit_id, status);

-- Awards received, by level of the issuer and kind: one row per (level, kind) with a count.
CREATE TABLE report_award (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    report_id   BIGINT       NOT NULL,
    award_level VARCHAR(20)  NOT NULL,
    award_kind  VARCHAR(20)  NOT NULL,
    collectives INT          NOT NULL,
    individuals INT          NOT NULL,
    CONSTRAINT fk_award_report FOREIGN KEY (report_id) REFERENCES activity_report (id),
    CONSTRAINT uq_award_line UNIQUE (report_id, award_level, award_kind)
);

-- Every transition, with who, when and the comment; a return carries one comment per section.
CREATE TABLE report_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    report_id   BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    occurred_at DATETIME      NOT NULL,
    actor       VARCHAR(60)   NOT NULL,
    actor_name  VARCHAR(120)  NOT NULL,
    actor_unit_id BIGINT      NOT NULL,
    comment     VARCHAR(2000),
    CONSTRAINT fk_event_report FOREIGN KEY (report_id) REFERENCES activity_report (id),
    CONSTRAINT fk_event_unit FOREIGN KEY (actor_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_event_report ON report_event (report_id, occurred_at);

CREATE TABLE report_section_comment (
    id        BIGINT         NOT NULL PRIMARY KEY,
    version   BIGINT         NOT NULL,
    event_id  BIGINT         NOT NULL,
    section   VARCHAR(20)    NOT NULL,
    comment   VARCHAR(2000)  NOT NULL,
    CONSTRAINT fk_section_comment_event FOREIGN KEY (event_id) REFERENCES report_event (id)
);
CREATE INDEX ix_section_comment_event ON report_section_comment (event_id);

-- Attachments: the bytes live in their own table so that listing a report's files never reads them.
CREATE TABLE report_attachment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    report_id    BIGINT        NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    uploaded_by  VARCHAR(60)   NOT NULL,
    uploaded_at  DATETIME      NOT NULL,
    CONSTRAINT fk_attachment_report FOREIGN KEY (report_id) REFERENCES activity_report (id)
);
CREATE INDEX ix_attachment_report ON report_attachment (report_id);

CREATE TABLE report_attachment_content (
    attachment_id BIGINT    NOT NULL PRIMARY KEY,
    data          LONGBLOB  NOT NULL,
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES report_attachment (id)
);

-- In-app notifications, one row per recipient account.
CREATE TABLE notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    message_key  VARCHAR(80)   NOT NULL,
    arguments    VARCHAR(1000),
    link         VARCHAR(255),
    dedup_key    VARCHAR(120),
    created_at   DATETIME      NOT NULL,
    read_at      DATETIME,
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT uq_notification_dedup UNIQUE (account_id, dedup_key)
);
CREATE INDEX ix_notification_account ON notification (account_id, read_at, created_at);
