package io.battlesim.app.ratelimit.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the 429 answer to every operation of the API description: every API call is under some rate limit. */
@Configuration(proxyBeanMethods = false)
class RateLimitOpenApi {

    static final String DESCRIPTION = "Too many requests: a rate limit was reached (sign-in, failed authentication,"
            + " API calls, battle creation or ingest; see the README's Rate limits). Retry after the number of"
            + " seconds in Retry-After; the problem detail says what was limited.";

    @Bean
    OpenApiCustomizer tooManyRequestsResponses() {
        return openApi -> addTooManyRequests(openApi);
    }

    static void addTooManyRequests(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .filter(operation -> operation.getResponses() != null)
                .forEach(operation -> operation.getResponses().addApiResponse("429", tooManyRequests()));
    }

    private static ApiResponse tooManyRequests() {
        return new ApiResponse()
                .description(DESCRIPTION)
                .addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("Seconds until a retry can succeed (at least 1)")
                                .schema(new IntegerSchema()))
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, new MediaType()));
    }
}
