package io.battlesim.app.publish.web;

import io.battlesim.app.publish.PublishSettings;
import io.battlesim.app.publish.template.Article;
import io.battlesim.app.publish.template.PostStyle;
import io.battlesim.app.publish.template.PostTemplates;
import io.battlesim.app.publish.template.PostText;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The breaking-news form: an article's headline, summary and source turned into a photo title and description
 * and a video caption, with brand, language, category and up to three hashtags, cut to TikTok's limits. It only
 * writes text (nothing is sent to TikTok), for newsrooms to paste into their own posts.
 */
@Controller
class NewsTemplateController {

    private final PublishSettings settings;

    NewsTemplateController(PublishSettings settings) {
        this.settings = settings;
    }

    /** The form as submitted (GET: the page is a pure function of its fields). */
    record NewsForm(
            @Nullable String headline,
            @Nullable String summary,
            @Nullable String source,
            @Nullable String brand,
            @Nullable String language,
            @Nullable String category,
            @Nullable String tags) {

        static String text(@Nullable String value) {
            return value == null ? "" : value.strip();
        }
    }

    @GetMapping("/publish/news")
    String news(@ModelAttribute("form") NewsForm form, Model model) {
        model.addAttribute("brand", form.brand() == null ? settings.brand() : NewsForm.text(form.brand()));
        model.addAttribute("language", form.language() == null ? settings.language() : NewsForm.text(form.language()));
        model.addAttribute("category", form.category() == null ? settings.category() : NewsForm.text(form.category()));
        model.addAttribute(
                "tags", form.tags() == null ? String.join(", ", settings.tags()) : NewsForm.text(form.tags()));
        String headline = NewsForm.text(form.headline());
        if (!headline.isEmpty()) {
            PostStyle style = new PostStyle(
                    (String) model.getAttribute("brand"),
                    (String) model.getAttribute("language"),
                    (String) model.getAttribute("category"),
                    tagList((String) model.getAttribute("tags")));
            Article article = new Article(headline, NewsForm.text(form.summary()), NewsForm.text(form.source()));
            PostText photo = PostTemplates.photo(article, style);
            model.addAttribute("photo", photo);
            model.addAttribute("caption", PostTemplates.video(article, style).title());
        }
        model.addAttribute("photoTitleMax", PostTemplates.PHOTO_TITLE_MAX);
        model.addAttribute("descriptionMax", PostTemplates.PHOTO_DESCRIPTION_MAX);
        model.addAttribute("captionMax", PostTemplates.VIDEO_CAPTION_MAX);
        return "publish/news";
    }

    private static List<String> tagList(String tags) {
        return Arrays.stream(tags.split("[,\\s]+"))
                .filter(tag -> !tag.isBlank())
                .toList();
    }
}
