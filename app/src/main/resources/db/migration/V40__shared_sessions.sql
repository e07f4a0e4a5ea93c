-- Cluster mode: browser sessions shared by every node (Spring Session JDBC; its schema-postgresql.sql, with BYTEA,
-- which H2 also takes). Unused on a single node, which keeps the servlet container's in-memory sessions.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id)
        ON DELETE CASCADE
);

-- Cluster mode: first sign-ins waiting for the consent page's answer. The session holds only the id; the tokens and
-- profile are one value sealed by the app (AES-256-GCM, bound to the id), never in clear. A row still here after
-- expires_at was abandoned: a scheduled purge revokes its token at TikTok and deletes it. Unused on a single node.
CREATE TABLE pending_consent (
    id         VARCHAR(64)              NOT NULL PRIMARY KEY,
    sealed     VARCHAR(16000)           NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX pending_consent_expires_at_ix ON pending_consent (expires_at);
