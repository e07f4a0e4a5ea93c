package io.battlesim.tiktok.client;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to an init call: the id to fetch status with, and for FILE_UPLOAD the URL to PUT chunks to (valid for
 * one hour; it carries an upload token, so treat it as a secret).
 *
 * @param publishId TikTok's publish id, never null
 * @param uploadUrl the upload URL for FILE_UPLOAD, empty otherwise; never null
 */
public record PublishTicket(String publishId, Optional<URI> uploadUrl) {

    /** Checks for nulls. */
    public PublishTicket {
        Objects.requireNonNull(publishId, "publishId must not be null");
        Objects.requireNonNull(uploadUrl, "uploadUrl must not be null");
    }

    @Override
    public String toString() {
        return "PublishTicket[publishId=" + publishId + ", uploadUrl="
                + uploadUrl.map(u -> "***").orElse("none") + "]";
    }
}
