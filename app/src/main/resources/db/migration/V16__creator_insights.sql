-- Creator insights: what TikTok's Display API reports of a connected creator, kept over time. TikTok gives only
-- current counts, so history is what the daily snapshots stored: one profile row and one row per video per UTC day.
-- Everything goes with the user ("Delete all my data") by the foreign keys' cascades.

-- The profile counts of a creator at the end of a snapshot, one row per UTC day (a later snapshot the same day
-- replaces it), with the sums over the videos that snapshot saw.
CREATE TABLE insight_profile (
    user_id         BIGINT                   NOT NULL,
    snapshot_day    DATE                     NOT NULL,
    follower_count  BIGINT                   NOT NULL,
    following_count BIGINT                   NOT NULL,
    likes_count     BIGINT                   NOT NULL,
    video_count     BIGINT                   NOT NULL,
    total_views     BIGINT                   NOT NULL,
    videos_seen     INTEGER                  NOT NULL,
    taken_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT insight_profile_pk PRIMARY KEY (user_id, snapshot_day),
    CONSTRAINT insight_profile_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- A creator's videos as last seen, with the latest and the previous snapshot's counts side by side (the video
-- table sorts and filters these rows alone, never the daily history) and the views a video had reached N days
-- after it was posted (the "best time to post" view), kept from the first snapshot that saw that age.
CREATE TABLE insight_video (
    user_id          BIGINT                   NOT NULL,
    video_id         VARCHAR(64)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    title            VARCHAR(300)             NOT NULL,
    description      VARCHAR(600)             NOT NULL,
    duration_seconds INTEGER                  NOT NULL,
    cover_url        VARCHAR(1000),
    share_url        VARCHAR(1000),
    latest_day       DATE                     NOT NULL,
    views            BIGINT                   NOT NULL,
    likes            BIGINT                   NOT NULL,
    comments         BIGINT                   NOT NULL,
    shares           BIGINT                   NOT NULL,
    previous_day     DATE,
    previous_views   BIGINT,
    previous_likes   BIGINT,
    previous_comments BIGINT,
    previous_shares  BIGINT,
    reach_views      BIGINT,
    CONSTRAINT insight_video_pk PRIMARY KEY (user_id, video_id),
    CONSTRAINT insight_video_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX insight_video_created_idx ON insight_video (user_id, created_at);

-- Each video's counts per UTC day: a video's own chart is one index range.
CREATE TABLE insight_video_day (
    user_id      BIGINT      NOT NULL,
    video_id     VARCHAR(64) NOT NULL,
    snapshot_day DATE        NOT NULL,
    views        BIGINT      NOT NULL,
    likes        BIGINT      NOT NULL,
    comments     BIGINT      NOT NULL,
    shares       BIGINT      NOT NULL,
    CONSTRAINT insight_video_day_pk PRIMARY KEY (user_id, video_id, snapshot_day),
    CONSTRAINT insight_video_day_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- Where each creator's snapshot stands: the day it is for, the list cursor reached (a 429 or a failure midway
-- resumes from there), when to try next, and why the last attempt did not finish.
CREATE TABLE insight_run (
    user_id         BIGINT                   NOT NULL PRIMARY KEY,
    snapshot_day    DATE                     NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    list_cursor     BIGINT,
    videos_seen     INTEGER                  NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_run_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(300),
    last_manual_at  TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT insight_run_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX insight_run_due_idx ON insight_run (next_run_at);
