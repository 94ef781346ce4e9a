-- Emulation (thi đua), awards (khen thưởng) and targets (chỉ tiêu).
-- Titles and award types are reference data the federation can extend, not code. A year is a school year and is
-- stored as its first calendar year: 2025 means 2025–2026. Times are DATETIME (see V8 on TIMESTAMP).

-- ----- Yearly classification --------------------------------------------------------------------------------------

-- The titles a grassroots union (UNIT) or a member (MEMBER) can be classified with. rank_order 1 is the best; a
-- target "reaches title X" counts every title ranked at X or better. min_points is the cut-off of the 100-point
-- self-assessment where the title follows points (cut-offs change by year: they are data).
CREATE TABLE classification_title (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    subject     VARCHAR(10)   NOT NULL,
    name_vi     VARCHAR(200)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    rank_order  INT           NOT NULL,
    min_points  INT,
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uq_classification_title UNIQUE (code),
    CONSTRAINT ck_classification_subject CHECK (subject IN ('UNIT', 'MEMBER'))
);
INSERT INTO classification_title (id, version, code, subject, name_vi, name_en, rank_order, min_points, active) VALUES
 (101, 1, 'UNIT_EXCELLENT', 'UNIT', 'Công đoàn cơ sở vững mạnh xuất sắc', 'Outstanding strong grassroots union', 1, 90, TRUE),
 (102, 1, 'UNIT_STRONG', 'UNIT', 'Công đoàn cơ sở vững mạnh', 'Strong grassroots union', 2, 70, TRUE),
 (103, 1, 'UNIT_COMPLETED', 'UNIT', 'Hoàn thành nhiệm vụ', 'Tasks completed', 3, 50, TRUE),
 (104, 1, 'UNIT_NOT_COMPLETED', 'UNIT', 'Chưa hoàn thành nhiệm vụ', 'Tasks not completed', 4, 0, TRUE),
 (111, 1, 'MEMBER_EXCELLENT', 'MEMBER', 'Đoàn viên công đoàn xuất sắc', 'Outstanding union member', 1, NULL, TRUE),
 (112, 1, 'MEMBER_GOOD', 'MEMBER', 'Đoàn viên hoàn thành tốt nhiệm vụ', 'Member who completed tasks well', 2, NULL, TRUE),
 (113, 1, 'MEMBER_COMPLETED', 'MEMBER', 'Đoàn viên hoàn thành nhiệm vụ', 'Member who completed tasks', 3, NULL, TRUE),
 (114, 1, 'MEMBER_NOT_COMPLETED', 'MEMBER', 'Đoàn viên không hoàn thành nhiệm vụ', 'Member who did not complete tasks', 4, NULL, TRUE);

-- A grassroots union's classification of one year: proposed by the union (with its self-assessed points), decided
-- by its direct superior (or any unit above it). The decided title is what targets count.
CREATE TABLE unit_classification (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    school_year        INT           NOT NULL,
    unit_id            BIGINT        NOT NULL,
    proposed_title_id  BIGINT        NOT NULL,
    self_points        INT,
    proposal_note      VARCHAR(2000),
    status             VARCHAR(20)   NOT NULL,
    proposed_by        VARCHAR(60)   NOT NULL,
    proposed_at        DATETIME      NOT NULL,
    decided_title_id   BIGINT,
    decision_note      VARCHAR(2000),
    decided_by         VARCHAR(60),
    decided_by_unit_id BIGINT,
    decided_at         DATETIME,
    CONSTRAINT uq_unit_classification UNIQUE (school_year, unit_id),
    CONSTRAINT fk_unit_class_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_unit_class_proposed FOREIGN KEY (proposed_title_id) REFERENCES classification_title (id),
    CONSTRAINT fk_unit_class_decided FOREIGN KEY (decided_title_id) REFERENCES classification_title (id),
    CONSTRAINT fk_unit_class_decider FOREIGN KEY (decided_by_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_unit_class_points CHECK (self_points IS NULL OR (self_points >= 0 AND self_points <= 105))
);
CREATE INDEX ix_unit_class_year_status ON unit_classification (school_year, status);
CREATE INDEX ix_unit_class_decided ON unit_classification (school_year, decided_title_id);

-- A member's classification of one year: proposed by the member's union, decided by its direct superior. unit_id is
-- the union at the time of the proposal (members move; the year stays with the union that judged it).
CREATE TABLE member_classification (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    school_year        INT           NOT NULL,
    member_id          BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    proposed_title_id  BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    proposed_by        VARCHAR(60)   NOT NULL,
    proposed_at        DATETIME      NOT NULL,
    decided_title_id   BIGINT,
    decided_by         VARCHAR(60),
    decided_by_unit_id BIGINT,
    decided_at         DATETIME,
    CONSTRAINT uq_member_classification UNIQUE (school_year, member_id),
    CONSTRAINT fk_member_class_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_member_class_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_member_class_proposed FOREIGN KEY (proposed_title_id) REFERENCES classification_title (id),
    CONSTRAINT fk_member_class_decided FOREIGN KEY (decided_title_id) REFERENCES classification_title (id),
    CONSTRAINT fk_member_class_decider FOREIGN KEY (decided_by_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_member_class_unit ON member_classification (unit_id, school_year, status);
CREATE INDEX ix_member_class_decided ON member_classification (school_year, decided_title_id);

-- ----- Awards ----------------------------------------------------------------------------------------------------

-- Award types and who issues them. issuer_tier: GRASSROOTS (the recipient's own union), DIRECT_SUPERIOR (the
-- direct superior of the recipient's union: commune/ward union, district federation or sector union),
-- PROVINCE (the provincial federation), NATIONAL (decided outside the system; the province records the decision).
-- recipients: COLLECTIVE, INDIVIDUAL or BOTH. once_per_person: the commemorative medal goes once in a lifetime.
CREATE TABLE award_type (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name_vi         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    issuer_tier     VARCHAR(20)   NOT NULL,
    issuer_name_vi  VARCHAR(200),
    issuer_name_en  VARCHAR(200),
    award_form      VARCHAR(20),
    recipients      VARCHAR(20)   NOT NULL,
    once_per_person BOOLEAN       NOT NULL,
    rank_order      INT           NOT NULL,
    active          BOOLEAN       NOT NULL,
    CONSTRAINT uq_award_type UNIQUE (code),
    CONSTRAINT ck_award_type_tier CHECK (issuer_tier IN ('GRASSROOTS', 'DIRECT_SUPERIOR', 'PROVINCE', 'NATIONAL')),
    CONSTRAINT ck_award_type_form CHECK (award_form IS NULL OR award_form IN ('OVERALL', 'THEMATIC')),
    CONSTRAINT ck_award_type_recipients CHECK (recipients IN ('COLLECTIVE', 'INDIVIDUAL', 'BOTH'))
);
INSERT INTO award_type (id, version, code, name_vi, name_en, issuer_tier, issuer_name_vi, issuer_name_en, award_form,
                        recipients, once_per_person, rank_order, active) VALUES
 (201, 1, 'GK_GRASSROOTS', 'Giấy khen của Công đoàn cơ sở', 'Certificate of merit of the grassroots union',
  'GRASSROOTS', NULL, NULL, NULL, 'BOTH', FALSE, 10, TRUE),
 (202, 1, 'GK_SUPERIOR_OVERALL', 'Giấy khen toàn diện của công đoàn cấp trên trực tiếp',
  'Overall certificate of merit of the direct superior union', 'DIRECT_SUPERIOR', NULL, NULL, 'OVERALL', 'BOTH',
  FALSE, 20, TRUE),
 (203, 1, 'GK_SUPERIOR_THEMATIC', 'Giấy khen chuyên đề của công đoàn cấp trên trực tiếp',
  'Thematic certificate of merit of the direct superior union', 'DIRECT_SUPERIOR', NULL, NULL, 'THEMATIC', 'BOTH',
  FALSE, 21, TRUE),
 (204, 1, 'BK_PROVINCE', 'Bằng khen của Liên đoàn Lao động tỉnh', 'Certificate of honour of the provincial federation',
  'PROVINCE', NULL, NULL, NULL, 'BOTH', FALSE, 30, TRUE),
 (205, 1, 'FLAG_PROVINCE', 'Cờ thi đua của Liên đoàn Lao động tỉnh', 'Emulation flag of the provincial federation',
  'PROVINCE', NULL, NULL, NULL, 'COLLECTIVE', FALSE, 31, TRUE),
 (206, 1, 'BK_EDU_UNION_VN', 'Bằng khen của Công đoàn Giáo dục Việt Nam',
  'Certificate of honour of the Vietnam Education Trade Union', 'NATIONAL', 'Công đoàn Giáo dục Việt Nam',
  'Vietnam Education Trade Union', NULL, 'BOTH', FALSE, 40, TRUE),
 (207, 1, 'BK_VGCL', 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam',
  'Certificate of honour of the Vietnam General Confederation of Labour', 'NATIONAL',
  'Tổng Liên đoàn Lao động Việt Nam', 'Vietnam General Confederation of Labour', NULL, 'BOTH', FALSE, 41, TRUE),
 (208, 1, 'MEDAL_UNION_BUILDING', 'Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức công đoàn"',
  'Medal "For building the trade union organisation"', 'NATIONAL', 'Tổng Liên đoàn Lao động Việt Nam',
  'Vietnam General Confederation of Labour', NULL, 'INDIVIDUAL', TRUE, 42, TRUE);

-- One award from nomination to decision. A unit nominates a collective (a unit in its scope) or an individual (a
-- member of a union in its scope); the nomination waits at current_unit_id, climbs one superior at a time as each
-- level endorses it, and the issuer unit decides with its decision number, date and signer. A unit's own kinds are
-- decided at once (status GRANTED without a climb). National awards are RECORDED by the provincial federation with
-- the outside decision's number. recipient_name is a snapshot for the register; search_name is its folded form.
CREATE TABLE award (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    award_type_id       BIGINT         NOT NULL,
    school_year         INT            NOT NULL,
    recipient_unit_id   BIGINT,
    recipient_member_id BIGINT,
    recipient_name      VARCHAR(255)   NOT NULL,
    search_name         VARCHAR(255)   NOT NULL,
    recipient_path      VARCHAR(500)   NOT NULL,
    nominating_unit_id  BIGINT         NOT NULL,
    current_unit_id     BIGINT,
    issuer_unit_id      BIGINT,
    citation            VARCHAR(4000)  NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    decision_no         VARCHAR(60),
    decision_date       DATE,
    signer              VARCHAR(120),
    revoke_reason       VARCHAR(1000),
    created_by          VARCHAR(60)    NOT NULL,
    created_at          DATETIME       NOT NULL,
    decided_at          DATETIME,
    CONSTRAINT fk_award_type FOREIGN KEY (award_type_id) REFERENCES award_type (id),
    CONSTRAINT fk_award_recipient_unit FOREIGN KEY (recipient_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_award_recipient_member FOREIGN KEY (recipient_member_id) REFERENCES union_member (id),
    CONSTRAINT fk_award_nominating FOREIGN KEY (nominating_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_award_current FOREIGN KEY (current_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_award_issuer FOREIGN KEY (issuer_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_award_one_recipient CHECK ((recipient_unit_id IS NULL) <> (recipient_member_id IS NULL)),
    CONSTRAINT ck_award_status CHECK (status IN ('PENDING', 'GRANTED', 'REJECTED', 'REVOKED'))
);
CREATE INDEX ix_award_year_status ON award (school_year, status, award_type_id);
CREATE INDEX ix_award_current ON award (current_unit_id, status);
CREATE INDEX ix_award_member ON award (recipient_member_id, status);
CREATE INDEX ix_award_unit ON award (recipient_unit_id, status);
CREATE INDEX ix_award_path ON award (recipient_path, school_year);
CREATE INDEX ix_award_name ON award (search_name);

-- Every step of an award: nominated, endorsed and forwarded, rejected, granted, recorded, revoked.
CREATE TABLE award_event (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    award_id      BIGINT         NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    occurred_at   DATETIME       NOT NULL,
    actor         VARCHAR(60)    NOT NULL,
    actor_name    VARCHAR(120)   NOT NULL,
    actor_unit_id BIGINT         NOT NULL,
    comment_text  VARCHAR(2000),
    CONSTRAINT fk_award_event_award FOREIGN KEY (award_id) REFERENCES award (id),
    CONSTRAINT fk_award_event_unit FOREIGN KEY (actor_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_award_event_award ON award_event (award_id, occurred_at);

-- ----- Emulation movements -----------------------------------------------------------------------------------------

-- A movement launched by a unit (the federation, a sector or commune union) for the units below it: who may take
-- part (UNITS, MEMBERS or BOTH; women only for e.g. "Giỏi việc trường, đảm việc nhà"), its period, registration
-- deadline and the share of the maximum points each result needs.
CREATE TABLE movement (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    unit_id               BIGINT         NOT NULL,
    name                  VARCHAR(300)   NOT NULL,
    search_name           VARCHAR(300)   NOT NULL,
    description           VARCHAR(4000),
    participants          VARCHAR(10)    NOT NULL,
    women_only            BOOLEAN        NOT NULL,
    starts_on             DATE           NOT NULL,
    ends_on               DATE           NOT NULL,
    register_until        DATE           NOT NULL,
    excellent_from_pct    INT            NOT NULL,
    good_from_pct         INT            NOT NULL,
    pass_from_pct         INT            NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    created_by            VARCHAR(60)    NOT NULL,
    created_at            DATETIME       NOT NULL,
    CONSTRAINT fk_movement_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_movement_participants CHECK (participants IN ('UNITS', 'MEMBERS', 'BOTH')),
    CONSTRAINT ck_movement_dates CHECK (starts_on <= ends_on AND register_until <= ends_on)
);
CREATE INDEX ix_movement_unit ON movement (unit_id, starts_on);
CREATE INDEX ix_movement_period ON movement (status, ends_on);

CREATE TABLE movement_criterion (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    movement_id BIGINT         NOT NULL,
    sort_order  INT            NOT NULL,
    name        VARCHAR(500)   NOT NULL,
    max_points  INT            NOT NULL,
    CONSTRAINT fk_criterion_movement FOREIGN KEY (movement_id) REFERENCES movement (id),
    CONSTRAINT ck_criterion_points CHECK (max_points > 0)
);
CREATE INDEX ix_criterion_movement ON movement_criterion (movement_id, sort_order);

-- A registration (đăng ký thi đua) of a unit or of a member (member_id set; unit_id is then the member's union).
-- subject_key ('U' or 'M' and the id) makes one registration per subject and movement on MySQL, whose unique keys
-- let NULLs repeat. The superior's scoring sets final_points and the result.
CREATE TABLE movement_entry (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    movement_id       BIGINT         NOT NULL,
    unit_id           BIGINT         NOT NULL,
    member_id         BIGINT,
    subject_key       VARCHAR(30)    NOT NULL,
    subject_name      VARCHAR(255)   NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    registered_by     VARCHAR(60)    NOT NULL,
    registered_at     DATETIME       NOT NULL,
    self_points       INT,
    self_scored_at    DATETIME,
    final_points      INT,
    result            VARCHAR(20),
    scored_by         VARCHAR(60),
    scored_by_unit_id BIGINT,
    scored_at         DATETIME,
    CONSTRAINT uq_movement_entry UNIQUE (movement_id, subject_key),
    CONSTRAINT fk_entry_movement FOREIGN KEY (movement_id) REFERENCES movement (id),
    CONSTRAINT fk_entry_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_entry_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_entry_scorer FOREIGN KEY (scored_by_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_entry_unit ON movement_entry (unit_id, movement_id);
CREATE INDEX ix_entry_movement_status ON movement_entry (movement_id, status);

-- One criterion of one registration: the self-score with its evidence, then the superior's score.
CREATE TABLE movement_score (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    entry_id        BIGINT         NOT NULL,
    criterion_id    BIGINT         NOT NULL,
    self_points     INT,
    evidence        VARCHAR(2000),
    superior_points INT,
    CONSTRAINT uq_movement_score UNIQUE (entry_id, criterion_id),
    CONSTRAINT fk_score_entry FOREIGN KEY (entry_id) REFERENCES movement_entry (id),
    CONSTRAINT fk_score_criterion FOREIGN KEY (criterion_id) REFERENCES movement_criterion (id)
);

-- ----- Targets ---------------------------------------------------------------------------------------------------

-- The targets of a unit for a congress term (TERM, e.g. 2023–2028 "Đại hội lần thứ V") or for one year (YEAR).
-- first_year..last_year are school years, inclusive.
CREATE TABLE target_plan (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    unit_id     BIGINT         NOT NULL,
    plan_kind   VARCHAR(10)    NOT NULL,
    name        VARCHAR(300)   NOT NULL,
    first_year  INT            NOT NULL,
    last_year   INT            NOT NULL,
    created_by  VARCHAR(60)    NOT NULL,
    created_at  DATETIME       NOT NULL,
    CONSTRAINT fk_target_plan_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_target_plan_kind CHECK (plan_kind IN ('TERM', 'YEAR')),
    CONSTRAINT ck_target_plan_years CHECK (first_year <= last_year)
);
CREATE INDEX ix_target_plan_unit ON target_plan (unit_id, first_year);

-- One target. shape: TITLE (yes/no: the plan's unit holds title_id or better), PERCENT_FLOOR (at least low_value %
-- of the subjects reach title_id or better), COUNT (at least low_value), RANGE (low_value..high_value).
-- metric names the recorded fact that is counted: OWN_TITLE, UNITS_WITH_TITLE, MEMBERS_WITH_TITLE,
-- AWARDS_GRANTED (optionally of one award type or from one issuer tier up), PARTY_INTRODUCED (the approved
-- reports' figure). Values are exact decimals: 97.5 % stays 97.5.
CREATE TABLE target (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    plan_id          BIGINT         NOT NULL,
    sort_order       INT            NOT NULL,
    label            VARCHAR(500)   NOT NULL,
    shape            VARCHAR(20)    NOT NULL,
    metric           VARCHAR(30)    NOT NULL,
    title_id         BIGINT,
    award_type_id    BIGINT,
    award_min_tier   VARCHAR(20),
    low_value        DECIMAL(12, 2),
    high_value       DECIMAL(12, 2),
    CONSTRAINT fk_target_plan FOREIGN KEY (plan_id) REFERENCES target_plan (id),
    CONSTRAINT fk_target_title FOREIGN KEY (title_id) REFERENCES classification_title (id),
    CONSTRAINT fk_target_award_type FOREIGN KEY (award_type_id) REFERENCES award_type (id),
    CONSTRAINT ck_target_shape CHECK (shape IN ('TITLE', 'PERCENT_FLOOR', 'COUNT', 'RANGE')),
    CONSTRAINT ck_target_range CHECK (high_value IS NULL OR low_value IS NULL OR low_value <= high_value)
);
CREATE INDEX ix_target_plan ON target (plan_id, sort_order);
