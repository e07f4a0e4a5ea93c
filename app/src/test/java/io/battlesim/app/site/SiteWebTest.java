package io.battlesim.app.site;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A web slice of the site module alone: its controllers and advices, Thymeleaf, and a {@link CurrentUserFixture}
 * in place of the auth module (whose components, like every other module's, are left out). Security filters are
 * off here; the full-stack tests cover them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.battlesim\\.app\\.(?!site\\.).*"))
@AutoConfigureMockMvc(addFilters = false)
@Import(CurrentUserFixture.class)
@interface SiteWebTest {}
