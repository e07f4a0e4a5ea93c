package io.battlesim.app.cluster;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** Registers a bean or configuration only in cluster mode ({@code app.cluster.redis-url} set and not blank). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ClusterModeCondition.class)
public @interface OnClusterMode {

    /** True (the default): only in cluster mode; false: only on a single node. */
    boolean value() default true;
}
