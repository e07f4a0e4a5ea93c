package io.battlesim.tiktok.emulator.publish;

/** Which init endpoint created a task; decides its publish id prefix, flow and webhook {@code publish_type}. */
public enum PublishKind {
    /** {@code /v2/post/publish/video/init/}. */
    DIRECT_VIDEO("v_pub", true),
    /** {@code /v2/post/publish/inbox/video/init/}. */
    INBOX_VIDEO("v_inbox", false),
    /** {@code /v2/post/publish/content/init/} with {@code DIRECT_POST}. */
    DIRECT_PHOTO("p_pub", true),
    /** {@code /v2/post/publish/content/init/} with {@code MEDIA_UPLOAD}. */
    UPLOAD_PHOTO("p_inbox", false);

    private final String idPrefix;
    private final boolean direct;

    PublishKind(String idPrefix, boolean direct) {
        this.idPrefix = idPrefix;
        this.direct = direct;
    }

    String idPrefix() {
        return idPrefix;
    }

    boolean direct() {
        return direct;
    }

    boolean photo() {
        return this == DIRECT_PHOTO || this == UPLOAD_PHOTO;
    }

    // INBOX_SHARE is documented for the upload endpoints; DIRECT_PUBLISH is only seen in Business API docs.
    String publishType() {
        return direct ? "DIRECT_PUBLISH" : "INBOX_SHARE";
    }
}
