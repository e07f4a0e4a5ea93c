package io.battlesim.app.cluster;

import java.util.Map;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches {@link OnClusterMode}: whether {@code app.cluster.redis-url} is set and not blank. */
final class ClusterModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("app.cluster.redis-url", "");
        boolean cluster = !url.isBlank();
        Map<String, Object> attributes = metadata.getAnnotationAttributes(OnClusterMode.class.getName());
        boolean wanted = attributes == null || (Boolean) attributes.get("value");
        return cluster == wanted;
    }
}
