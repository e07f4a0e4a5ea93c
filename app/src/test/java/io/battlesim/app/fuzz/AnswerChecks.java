package io.battlesim.app.fuzz;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What every answer must be: never a 5xx nor silence; no stack trace, exception class or internal class name in any
 * body; every 4xx of the API and the webhooks a problem detail with a title; every 4xx of a page a readable page
 * (a whole HTML document with a title, neither Boot's nor Tomcat's default page), or a problem detail when the client
 * did not ask for HTML.
 */
final class AnswerChecks {

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b");
    private static final Pattern INTERNAL_NAME = Pattern.compile(
            "\\b(java\\.lang|java\\.util|org\\.springframework|org\\.apache|io\\.battlesim|tools\\.jackson)"
                    + "\\.[a-z]");
    private static final int REQUEST_LINE_LIMIT = 8 * 1024;
    private static final Pattern PROBLEM_TITLE = Pattern.compile("\"title\"\\s*:\\s*\"[^\"]+\"");

    private AnswerChecks() {}

    /** What is wrong with the answer, or null when nothing is. */
    static @Nullable String problemWith(FuzzRequest request, Answer answer) {
        if (answer.noAnswer() != null) {
            return "no answer: " + answer.noAnswer();
        }
        if (answer.status() >= 500) {
            return "server error " + answer.status();
        }
        String leak = leak(answer.body());
        if (leak != null) {
            return leak;
        }
        if (answer.status() < 400 || request.method().equals("HEAD")) {
            return null;
        }
        if (request.path().length() > REQUEST_LINE_LIMIT) {
            // Tomcat gives up before it has read the path: its error page cannot tell an API call from a page
            return unreadablePage(request, answer);
        }
        return request.machinePath() ? problemDetailMissing(answer) : unreadablePage(request, answer);
    }

    private static @Nullable String leak(String body) {
        if (STACK_FRAME.matcher(body).find()) {
            return "stack trace in the body";
        }
        var exception = EXCEPTION_NAME.matcher(body);
        if (exception.find()) {
            return "exception name in the body: " + exception.group();
        }
        var internal = INTERNAL_NAME.matcher(body);
        return internal.find() ? "internal class name in the body: " + internal.group() : null;
    }

    private static @Nullable String problemDetailMissing(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return answer.status() + " of the API is " + describe(answer.contentType()) + ", not a problem detail";
        }
        return PROBLEM_TITLE.matcher(answer.body()).find() ? null : answer.status() + " problem detail without a title";
    }

    private static @Nullable String unreadablePage(FuzzRequest request, Answer answer) {
        if (answer.contentType().startsWith("text/html")) {
            String page = answer.body();
            boolean readable = page.contains("<title>")
                    && page.contains("</html>")
                    && !page.contains("Whitelabel")
                    && !page.contains("HTTP Status");
            return readable ? null : answer.status() + " page is not one of the site's pages";
        }
        if (!request.acceptsHtml() && answer.contentType().startsWith("application/problem+json")) {
            return problemDetailMissing(answer);
        }
        return answer.status() + " of a page is " + describe(answer.contentType()) + ", not a page";
    }

    private static String describe(String contentType) {
        return contentType.isEmpty() ? "without a content type" : contentType;
    }
}
