-- Schema of the foundation: unit levels, the union tree, members and accounts.
-- Written in the SQL that H2 (MODE=LEGACY) and MySQL 8 / MariaDB 10.11 both accept.

-- One row per block of ids handed out by JPA's table generator: portable and lets EclipseLink batch inserts.
CREATE TABLE id_sequence (
    seq_name VARCHAR(50) NOT NULL PRIMARY KEY,
    next_val BIGINT NOT NULL
);
INSERT INTO id_sequence (seq_name, next_val) VALUES ('ids', 1000);

-- Levels are data, not code: the 2025 restructuring added commune unions and ended district federations.
CREATE TABLE unit_level (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_vi     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    sort_order  INT          NOT NULL,
    grassroots  BOOLEAN      NOT NULL
);

CREATE TABLE org_unit (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    short_name   VARCHAR(120),
    search_name  VARCHAR(255) NOT NULL,
    level_code   VARCHAR(40)  NOT NULL,
    parent_id    BIGINT,
    -- Materialised path "/1/7/42/": a subtree is one indexed prefix match.
    path         VARCHAR(500) NOT NULL,
    depth        INT          NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    active       BOOLEAN      NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_level FOREIGN KEY (level_code) REFERENCES unit_level (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id, name);
CREATE INDEX ix_org_unit_path ON org_unit (path);

CREATE TABLE union_member (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    full_name      VARCHAR(120) NOT NULL,
    search_name    VARCHAR(120) NOT NULL,
    gender         VARCHAR(10)  NOT NULL,
    date_of_birth  DATE,
    job_title      VARCHAR(120),
    joined_on      DATE         NOT NULL,
    card_number    VARCHAR(20),
    status         VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_member_card UNIQUE (card_number),
    CONSTRAINT fk_member_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_member_unit_name ON union_member (unit_id, search_name);
CREATE INDEX ix_member_unit_joined ON union_member (unit_id, joined_on);

CREATE TABLE user_account (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL,
    username              VARCHAR(60)  NOT NULL,
    display_name          VARCHAR(120) NOT NULL,
    search_name           VARCHAR(180) NOT NULL,
    email                 VARCHAR(160),
    password_hash         VARCHAR(255) NOT NULL,
    role                  VARCHAR(30)  NOT NULL,
    unit_id               BIGINT       NOT NULL,
    member_id             BIGINT,
    active                BOOLEAN      NOT NULL,
    failed_logins         INT          NOT NULL,
    locked_until          TIMESTAMP    NULL,
    last_login_at         TIMESTAMP    NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_account_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);
CREATE INDEX ix_account_unit ON user_account (unit_id);
