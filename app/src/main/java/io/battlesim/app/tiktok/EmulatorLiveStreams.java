package io.battlesim.app.tiktok;

import io.battlesim.tiktok.emulator.TikTokEmulator;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Emulator mode: the event streams of the emulator's LIVE rooms as real WebSockets at {@code
 * /emulator/live/v1/rooms/{roomId}/events} (the Live API of our design). The emulator servlet owns {@code
 * /emulator/*} and speaks plain HTTP only, so this longer, more specific servlet mapping takes the WebSocket
 * upgrades and hands them to Spring's WebSocket support, which bridges each connection to {@code
 * emulator.live().subscribe(...)}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TikTokModeConditions.OnEmulator.class)
class EmulatorLiveStreams {

    static final String PATH_PREFIX = EmulatorTikTokConfiguration.MOUNT_PATH + "/live/v1/rooms/";

    @Bean(destroyMethod = "close")
    EmulatorLiveBridge emulatorLiveBridge(TikTokEmulator emulator) {
        return new EmulatorLiveBridge(emulator.live());
    }

    @Bean
    ServletRegistrationBean<HttpServlet> emulatorLiveStreamServlet(
            TikTokEmulator emulator, EmulatorLiveBridge bridge, JsonMapper json) {
        var handler = new WebSocketHttpRequestHandler(bridge, new DefaultHandshakeHandler());
        handler.setHandshakeInterceptors(List.of(new EmulatorLiveHandshake(emulator.live(), json)));
        var registration = new ServletRegistrationBean<HttpServlet>(new UpgradeServlet(handler), PATH_PREFIX + "*");
        registration.setName("tikTokEmulatorLiveStreams");
        registration.setAsyncSupported(true);
        return registration;
    }

    /** Hands every request of its mapping to Spring's WebSocket handshake. */
    private static final class UpgradeServlet extends HttpServlet {

        private final transient WebSocketHttpRequestHandler handler;

        UpgradeServlet(WebSocketHttpRequestHandler handler) {
            this.handler = handler;
        }

        @Override
        public void init() {
            handler.setServletContext(getServletContext());
            handler.start();
        }

        @Override
        public void destroy() {
            handler.stop();
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            handler.handleRequest(request, response);
        }
    }
}
