package io.battlesim.app.live.ingest;

import io.battlesim.app.live.LiveSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * The ingest WebSocket at {@code /api/battles/{id}/events/ws}. Any origin may connect: the ingest key, not a
 * cookie, is what authenticates, so there is no ambient authority to protect.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class IngestWebSocketConfiguration implements WebSocketConfigurer {

    private final IngestWebSocketHandler handler;

    IngestWebSocketConfiguration(IngestWebSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, IngestWebSocketHandler.PATH)
                .addInterceptors(new IngestHandshake())
                .setAllowedOriginPatterns("*");
    }

    /** Text messages up to the ingest body limit (the container's default is 8 KiB). */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer(LiveSettings settings) {
        var container = new ServletServerContainerFactoryBean();
        int limit = (int) Math.min(Integer.MAX_VALUE, settings.maxIngestBody().toBytes());
        container.setMaxTextMessageBufferSize(limit);
        container.setMaxBinaryMessageBufferSize(64 * 1024);
        return container;
    }
}
