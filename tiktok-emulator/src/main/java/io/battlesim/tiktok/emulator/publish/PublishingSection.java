package io.battlesim.tiktok.emulator.publish;

import static io.battlesim.tiktok.emulator.http.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The status page's Publishing card: verified properties with the verify form, which accounts are private with a
 * switch, the chunk rules' reading of "MB", and recent publish tasks.
 */
public final class PublishingSection {

    private final Publishing publishing;

    /**
     * Creates the section.
     *
     * @param publishing the Content Posting API
     */
    public PublishingSection(Publishing publishing) {
        this.publishing = publishing;
    }

    /**
     * Renders the card's inner HTML; every piece of user text is escaped.
     *
     * @param baseUrl the emulator's public base URL
     * @return the HTML, never null
     */
    public String render(String baseUrl) {
        return "<div id=\"publishing\">" + properties(publishing.verifiedProperties(), baseUrl)
                + privacy(publishing.accountPrivacy(), baseUrl) + chunkRules(publishing.megabyteReading())
                + tasks(publishing.recentTasks()) + "</div>";
    }

    private static String properties(List<String> verified, String baseUrl) {
        String list = verified.isEmpty()
                ? "<span class=\"muted\">none yet</span>"
                : verified.stream()
                        .map(property -> "<span class=\"pill\">" + escape(property) + "</span>")
                        .collect(Collectors.joining());
        return "<p>Verified for PULL_FROM_URL: " + list + "</p>"
                + "<form method=\"post\" class=\"form-grid\" action=\"" + escape(baseUrl + VerifyForm.PATH) + "\">"
                + "<label>Domain or URL prefix<input type=\"text\" name=\"property\" maxlength=\"300\" required"
                + " placeholder=\"static.example.com or https://example.com/media/\"></label>"
                + "<button class=\"btn btn-secondary\" type=\"submit\">Verify</button></form>";
    }

    private static String privacy(Map<String, Boolean> accounts, String baseUrl) {
        StringBuilder pills = new StringBuilder();
        StringBuilder options = new StringBuilder();
        accounts.forEach((username, privateAccount) -> {
            pills.append("<span class=\"pill")
                    .append(privateAccount ? "" : " bad")
                    .append("\" id=\"privacy-")
                    .append(escape(username))
                    .append("\">@")
                    .append(escape(username))
                    .append(privateAccount ? " · private" : " · public")
                    .append("</span>");
            options.append("<option>").append(escape(username)).append("</option>");
        });
        return "<p>Accounts (an unaudited app may post only to private ones): " + pills + "</p>"
                + "<form method=\"post\" class=\"form-grid\" action=\"" + escape(baseUrl + AccountPrivacyForm.PATH)
                + "\"><label>Account<select name=\"account\">" + options + "</select></label>"
                + "<label>Privacy<select name=\"privacy\"><option value=\"private\">Private account</option>"
                + "<option value=\"public\">Public account</option></select></label>"
                + "<button class=\"btn btn-secondary\" type=\"submit\">Switch</button></form>";
    }

    private static String chunkRules(MegabyteReading reading) {
        return "<p id=\"chunk-rules\">FILE_UPLOAD chunk rules read MB as "
                + String.format(Locale.ROOT, "%,d", reading.bytes()) + " bytes (" + reading
                + "; set with <code>TikTokEmulator.builder().megabyteReading(…)</code>).</p>";
    }

    private static String tasks(List<PublishSnapshot> tasks) {
        if (tasks.isEmpty()) {
            return "<p class=\"muted\">Nothing has been posted yet.</p>";
        }
        StringBuilder rows = new StringBuilder();
        for (PublishSnapshot task : tasks) {
            rows.append("<tr><td><code>")
                    .append(escape(task.publishId()))
                    .append("</code></td><td><code>")
                    .append(escape(task.clientKey()))
                    .append("</code></td><td>@")
                    .append(escape(task.username()))
                    .append("</td><td>")
                    .append(escape(task.title()))
                    .append("</td><td>")
                    .append(task.kind())
                    .append(task.privacyLevel() == null ? "" : " · " + escape(task.privacyLevel()))
                    .append("</td><td><span class=\"pill")
                    .append(task.status() == PublishState.FAILED ? " bad" : "")
                    .append(task.status() == PublishState.PUBLISH_COMPLETE ? " good" : "")
                    .append("\">")
                    .append(task.status())
                    .append("</span>")
                    .append(task.failReason() == null ? "" : " " + escape(task.failReason()))
                    .append("</td><td>")
                    .append(task.fileUpload() ? task.uploadedBytes() : task.downloadedBytes())
                    .append("</td><td>")
                    .append(task.postIds().stream().map(String::valueOf).collect(Collectors.joining("<br>")))
                    .append("</td></tr>");
        }
        return "<table><thead><tr><th>publish_id</th><th>App</th><th>Creator</th><th>Title</th><th>Kind</th>"
                + "<th>Status</th><th>Bytes</th><th>Post ids</th></tr></thead><tbody>" + rows + "</tbody></table>";
    }
}
