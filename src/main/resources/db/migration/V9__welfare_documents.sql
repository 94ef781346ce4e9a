-- Supporting documents of a welfare case (a medical certificate, a death notice, a photo of the damage). They are as
-- private as the case's description: only those who may read it may list and download them. Like report
-- attachments, the bytes live in a table of their own so that listing never loads them.
CREATE TABLE welfare_document (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    case_id      BIGINT        NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    uploaded_by  VARCHAR(60)   NOT NULL,
    uploaded_at  DATETIME      NOT NULL,
    CONSTRAINT fk_welfare_document_case FOREIGN KEY (case_id) REFERENCES welfare_case (id)
);
CREATE INDEX ix_welfare_document_case ON welfare_document (case_id);

CREATE TABLE welfare_document_content (
    document_id BIGINT    NOT NULL PRIMARY KEY,
    data        LONGBLOB  NOT NULL,
    CONSTRAINT fk_welfare_document_content FOREIGN KEY (document_id) REFERENCES welfare_document (id)
);
