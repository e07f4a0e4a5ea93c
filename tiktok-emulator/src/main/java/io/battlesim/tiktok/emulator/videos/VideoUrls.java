package io.battlesim.tiktok.emulator.videos;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import io.battlesim.tiktok.emulator.http.FormData;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Video Object's links, shaped like TikTok's but served by the emulator: {@code share_url} ({@code
 * /@{username}/video/{id}} with TikTok's {@code utm_*} parameters), {@code embed_link} ({@code /player/v1/{id}}),
 * {@code embed_html} (TikTok's {@code tiktok-embed} blockquote, without the external {@code embed.js}) and {@code
 * cover_image_url}, a signed link that expires after TikTok's 6 hours ({@code x-expires}, {@code x-signature}).
 */
public final class VideoUrls {

    /** How long a {@code cover_image_url} works: TikTok's documented TTL. */
    public static final Duration COVER_TTL = Duration.ofHours(6);

    static final String COVERS = "/covers/";
    static final String PLAYER = "/player/v1/";

    private final SecretKeySpec coverKey;

    VideoUrls(long seed) {
        this.coverKey = new SecretKeySpec(sha256("emulator-covers:" + seed), "HmacSHA256");
    }

    /**
     * The share URL a creator's video is opened with.
     *
     * @param baseUrl the emulator's public base URL
     * @param username the creator's handle
     * @param videoId the video id
     * @param clientKey the calling app, as TikTok's {@code utm_source}
     * @return the URL, never null
     */
    public String shareUrl(String baseUrl, String username, String videoId, String clientKey) {
        return pageUrl(baseUrl, username, videoId) + "?utm_campaign=tt4d_open_api&utm_source="
                + FormData.encode(clientKey);
    }

    /**
     * The embed player link.
     *
     * @param baseUrl the emulator's public base URL
     * @param videoId the video id
     * @param clientKey the calling app
     * @return the URL, never null
     */
    public String embedLink(String baseUrl, String videoId, String clientKey) {
        return baseUrl + PLAYER + videoId + "?music_info=1&description=1&autoplay=1&loop=1"
                + "&utm_campaign=tt4d_open_api&utm_source=" + FormData.encode(clientKey);
    }

    /**
     * TikTok's embed blockquote; every text in it is escaped.
     *
     * @param baseUrl the emulator's public base URL
     * @param username the creator's handle
     * @param video the video
     * @return the HTML fragment, never null
     */
    public String embedHtml(String baseUrl, String username, Video video) {
        String handle = "@" + username;
        return "<blockquote class=\"tiktok-embed\" cite=\"" + escape(pageUrl(baseUrl, username, video.id()))
                + "\" data-video-id=\"" + escape(video.id()) + "\" style=\"max-width: 605px;min-width: 325px;\">"
                + "<section><a target=\"_blank\" title=\"" + escape(handle) + "\" href=\""
                + escape(baseUrl + "/#account-" + username) + "\">" + escape(handle) + "</a> <p>"
                + escape(video.description()) + "</p></section></blockquote>";
    }

    /**
     * A cover link that works for {@link #COVER_TTL} from {@code now}.
     *
     * @param baseUrl the emulator's public base URL
     * @param videoId the video id
     * @param now the emulator clock
     * @return the URL, never null
     */
    public String coverUrl(String baseUrl, String videoId, Instant now) {
        long expires = now.plus(COVER_TTL).getEpochSecond();
        return baseUrl + COVERS + videoId + ".svg?x-expires=" + expires + "&x-signature=" + sign(videoId, expires);
    }

    String pageUrl(String baseUrl, String username, String videoId) {
        return baseUrl + "/@" + FormData.encode(username) + "/video/" + videoId;
    }

    boolean coverValid(String videoId, long expires, String signature, Instant now) {
        return now.getEpochSecond() < expires
                && MessageDigest.isEqual(
                        sign(videoId, expires).getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String videoId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(coverKey);
            byte[] digest = mac.doFinal((videoId + ":" + expires).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
