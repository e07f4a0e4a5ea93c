-- Publishing to TikTok (publish module): result cards served to TikTok for PULL_FROM_URL, and publish jobs.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.

CREATE TABLE publish_card (
    token      VARCHAR(64)              NOT NULL PRIMARY KEY,
    battle_id  VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT publish_card_battle_uk UNIQUE (battle_id)
);

-- One row per post a user asked for. (user_id, idempotency_key) is unique: the form's key makes a double click or
-- a retried request find the first job instead of posting twice. state is PENDING, UPLOADING, PROCESSING,
-- COMPLETED or FAILED (enforced by the app, see V1 on H2 CHECK constraints).
CREATE TABLE publish_job (
    id                    VARCHAR(36)              NOT NULL PRIMARY KEY,
    user_id               BIGINT                   NOT NULL,
    open_id               VARCHAR(128)             NOT NULL,
    idempotency_key       VARCHAR(64)              NOT NULL,
    media_kind            VARCHAR(16)              NOT NULL,
    battle_id             VARCHAR(64),
    card_token            VARCHAR(64),
    video_path            VARCHAR(1024),
    video_size            BIGINT,
    title                 VARCHAR(4400)            NOT NULL,
    description           VARCHAR(8000)            NOT NULL,
    privacy_level         VARCHAR(32)              NOT NULL,
    disable_comment       BOOLEAN                  NOT NULL,
    disable_duet          BOOLEAN                  NOT NULL,
    disable_stitch        BOOLEAN                  NOT NULL,
    brand_organic         BOOLEAN                  NOT NULL,
    brand_content         BOOLEAN                  NOT NULL,
    state                 VARCHAR(16)              NOT NULL,
    -- set just before init is sent: a job found PENDING with it after a crash may already be posted
    init_started_at       TIMESTAMP WITH TIME ZONE,
    publish_id            VARCHAR(64),
    upload_url            VARCHAR(2048),
    upload_url_expires_at TIMESTAMP WITH TIME ZONE,
    uploaded_bytes        BIGINT                   NOT NULL DEFAULT 0,
    post_ids              VARCHAR(1024),
    error                 VARCHAR(1000),
    retry_at              TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT publish_job_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT publish_job_idempotency_uk UNIQUE (user_id, idempotency_key)
);

CREATE INDEX publish_job_state_idx ON publish_job (state);
CREATE INDEX publish_job_publish_id_idx ON publish_job (publish_id);
CREATE INDEX publish_job_creator_idx ON publish_job (open_id, created_at);
