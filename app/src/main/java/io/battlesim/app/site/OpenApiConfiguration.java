package io.battlesim.app.site;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the JSON API for springdoc, which serves the description at {@code /api/openapi} (JSON) and
 * {@code /api/openapi.yaml}, and the Swagger UI at {@code /docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** Name of the security scheme; operations that need a signed-in user reference it. */
    static final String APP_SESSION_SCHEME = "appSession";

    private static final String DESCRIPTION = """
            The JSON API of TikTok Battle Simulator. Sign in with TikTok from the web pages (a session cookie) \
            or, from a native app that used TikTok's mobile Login Kit, exchange the authorization code at \
            `POST /api/auth/mobile/token` for an app-session token and send it as `Authorization: Bearer <token>`. \
            Errors are RFC 9457 problem details (`application/problem+json`).""";

    @Bean
    OpenAPI battleSimulatorOpenApi(
            @Value("${app.public-url}") String publicUrl, ObjectProvider<BuildProperties> buildProperties) {
        String version = buildProperties.stream()
                .map(BuildProperties::getVersion)
                .findFirst()
                .orElse("development");
        return new OpenAPI()
                .info(new Info()
                        .title("TikTok Battle Simulator API")
                        .version(version)
                        .description(DESCRIPTION)
                        .termsOfService(publicUrl + "/terms"))
                .servers(List.of(new Server().url(publicUrl).description("This server")))
                .components(new Components().addSecuritySchemes(APP_SESSION_SCHEME, appSessionScheme()));
    }

    private static SecurityScheme appSessionScheme() {
        return new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("App-session token returned by POST /api/auth/mobile/token.");
    }
}
