package io.battlesim.app.site;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContainerErrorValve} in Tomcat's host pipeline. It is added after Boot's own error report valve, so it
 * sits closer to the request and answers first; Boot's then finds the error reported and stays silent.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(
                context -> context.getParent().getPipeline().addValve(new ContainerErrorValve()));
    }
}
