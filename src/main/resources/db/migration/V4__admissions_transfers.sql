-- Members coming and going: applications for admission (kết nạp), one row per person, several persons of one
-- group sharing a label; and transfers (chuyển sinh hoạt) of a member from one grassroots union to another, pending
-- until the receiving union accepts or refuses them.

CREATE TABLE admission_application (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    group_label    VARCHAR(120),
    full_name      VARCHAR(120)  NOT NULL,
    search_name    VARCHAR(120)  NOT NULL,
    gender         VARCHAR(10)   NOT NULL,
    date_of_birth  DATE,
    job_title      VARCHAR(120),
    applied_on     DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    decided_on     DATE,
    decision_ref   VARCHAR(120),
    reject_reason  VARCHAR(500),
    member_id      BIGINT,
    recorded_by    VARCHAR(60)   NOT NULL,
    decided_by     VARCHAR(60),
    CONSTRAINT fk_application_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_application_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);
CREATE INDEX ix_application_unit ON admission_application (unit_id, status, applied_on);
CREATE INDEX ix_application_group ON admission_application (unit_id, group_label);

CREATE TABLE member_transfer (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    member_id      BIGINT        NOT NULL,
    from_unit_id   BIGINT        NOT NULL,
    to_unit_id     BIGINT        NOT NULL,
    issued_on      DATE          NOT NULL,
    note           VARCHAR(500),
    status         VARCHAR(20)   NOT NULL,
    decided_on     DATE,
    refuse_reason  VARCHAR(500),
    issued_by      VARCHAR(60)   NOT NULL,
    decided_by     VARCHAR(60),
    CONSTRAINT fk_transfer_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_transfer_from FOREIGN KEY (from_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_transfer_to FOREIGN KEY (to_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_transfer_from ON member_transfer (from_unit_id, status, issued_on);
CREATE INDEX ix_transfer_to ON member_transfer (to_unit_id, status, issued_on);
CREATE INDEX ix_transfer_member ON member_transfer (member_id, status);
