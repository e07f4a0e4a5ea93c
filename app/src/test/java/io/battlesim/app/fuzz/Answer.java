package io.battlesim.app.fuzz;

import org.jspecify.annotations.Nullable;

/**
 * What came back for a request.
 *
 * @param status the HTTP status, 0 when nothing came back
 * @param contentType the Content-Type header, empty when absent
 * @param body the body as text
 * @param noAnswer why nothing came back, or null
 */
record Answer(
        int status,
        String contentType,
        String body,
        @Nullable String noAnswer) {

    static Answer none(String why) {
        return new Answer(0, "", "", why);
    }
}
