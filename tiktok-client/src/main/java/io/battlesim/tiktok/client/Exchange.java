package io.battlesim.tiktok.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/** One HTTP answer from TikTok to an {@link ApiCall}, before its body is interpreted. */
record Exchange(ApiCall call, int status, HttpHeaders headers, byte[] body) {

    String endpoint() {
        return call.endpoint();
    }

    @Nullable
    String logIdHeader() {
        return headers.firstValue("x-tt-logid").orElse(null);
    }

    boolean successful() {
        return status >= 200 && status < 300;
    }
}
