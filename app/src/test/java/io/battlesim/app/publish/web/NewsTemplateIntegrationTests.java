package io.battlesim.app.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.app.publish.PublishIntegrationTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The breaking-news form writes escaped, limit-respecting post text from an article. */
class NewsTemplateIntegrationTests extends PublishIntegrationTestSupport {

    @Test
    void writesPostTextFromAnArticle() {
        var browser = newBrowser();
        signUp(browser, "luna.sings");

        HttpResponse<String> page = browser.get("/publish/news?headline=" + encode("Ava <b>wins</b> 🇩🇪")
                + "&summary=" + encode("A record night.") + "&source=Battle+News&language=de&tags="
                + encode("news, battle, live, extra"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Eilmeldung: Ava &lt;b&gt;wins&lt;/b&gt; 🇩🇪", "#news #battle #live")
                .doesNotContain("<b>wins</b>", "#extra");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
