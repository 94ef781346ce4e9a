-- Internal news (tin tức nội bộ): articles written by officers, approved by the unit above or published directly by
-- a federation or sector officer, and read by everyone in their audience: the unit of audience_unit_id, and when
-- include_below is set everything below it too (the province root with include_below is the whole province).
-- Times are DATETIME, not TIMESTAMP: MariaDB gives a table's first TIMESTAMP column an ON UPDATE default.
-- The lead (sapo) is lead_text: LEAD is a reserved word in MySQL 8.

CREATE TABLE news_category (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(40)   NOT NULL,
    name_vi     VARCHAR(120)  NOT NULL,
    name_en     VARCHAR(120)  NOT NULL,
    sort_order  INT           NOT NULL,
    CONSTRAINT uq_news_category_code UNIQUE (code)
);
INSERT INTO news_category (id, code, name_vi, name_en, sort_order) VALUES
    (1, 'UNION_ACTIVITIES', 'Hoạt động công đoàn', 'Union activities', 1),
    (2, 'MEMBER_CARE', 'Chăm lo đời sống', 'Caring for members', 2),
    (3, 'EMULATION', 'Thi đua – khen thưởng', 'Emulation and awards', 3),
    (4, 'WOMEN', 'Nữ công', 'Women''s affairs', 4),
    (5, 'NOTICES', 'Văn bản – thông báo', 'Documents and notices', 5);

CREATE TABLE news_article (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    title            VARCHAR(300)   NOT NULL,
    lead_text        VARCHAR(1000)  NOT NULL,
    body_html        MEDIUMTEXT     NOT NULL,
    search_text      MEDIUMTEXT     NOT NULL,
    category_id      BIGINT         NOT NULL,
    author_name      VARCHAR(120)   NOT NULL,
    author_unit_id   BIGINT         NOT NULL,
    source           VARCHAR(300),
    audience_unit_id BIGINT         NOT NULL,
    include_below    BOOLEAN        NOT NULL,
    featured         BOOLEAN        NOT NULL,
    cover_image_id   BIGINT,
    status           VARCHAR(20)    NOT NULL,
    created_by       VARCHAR(60)    NOT NULL,
    created_at       DATETIME       NOT NULL,
    updated_at       DATETIME       NOT NULL,
    submitted_at     DATETIME,
    published_at     DATETIME,
    published_by     VARCHAR(60),
    view_count       BIGINT         NOT NULL,
    CONSTRAINT fk_article_category FOREIGN KEY (category_id) REFERENCES news_category (id),
    CONSTRAINT fk_article_author_unit FOREIGN KEY (author_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_article_audience FOREIGN KEY (audience_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_article_published ON news_article (status, published_at);
CREATE INDEX ix_article_audience ON news_article (audience_unit_id, status, published_at);
CREATE INDEX ix_article_category ON news_article (category_id, status, published_at);
CREATE INDEX ix_article_author_unit ON news_article (author_unit_id, status, updated_at);

-- Every step of an article's life: who, from which unit, when, and the comment of a return or an unpublishing.
CREATE TABLE news_event (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    article_id    BIGINT         NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    occurred_at   DATETIME       NOT NULL,
    actor         VARCHAR(60)    NOT NULL,
    actor_name    VARCHAR(120)   NOT NULL,
    actor_unit_id BIGINT         NOT NULL,
    comment       VARCHAR(2000),
    CONSTRAINT fk_news_event_article FOREIGN KEY (article_id) REFERENCES news_article (id),
    CONSTRAINT fk_news_event_unit FOREIGN KEY (actor_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_news_event_article ON news_event (article_id, occurred_at);

-- Photos, re-encoded and resized at upload; served only as images, never as uploaded.
CREATE TABLE news_image (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    article_id    BIGINT,
    content_type  VARCHAR(40)   NOT NULL,
    width         INT           NOT NULL,
    height        INT           NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    uploaded_by   VARCHAR(60)   NOT NULL,
    uploaded_at   DATETIME      NOT NULL,
    data          LONGBLOB      NOT NULL,
    CONSTRAINT fk_news_image_article FOREIGN KEY (article_id) REFERENCES news_article (id)
);
CREATE INDEX ix_news_image_article ON news_image (article_id);

-- One row per reader per article per day: the primary key makes a second view of the day a no-op, even when two
-- requests of the same reader race, and the article's view_count is incremented only when a row was inserted.
CREATE TABLE news_view (
    article_id  BIGINT  NOT NULL,
    account_id  BIGINT  NOT NULL,
    view_day    DATE    NOT NULL,
    CONSTRAINT pk_news_view PRIMARY KEY (article_id, account_id, view_day),
    CONSTRAINT fk_news_view_article FOREIGN KEY (article_id) REFERENCES news_article (id)
);
