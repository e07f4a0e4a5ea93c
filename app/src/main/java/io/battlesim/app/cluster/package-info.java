/**
 * Cluster mode: several identical app nodes on one PostgreSQL database and one Redis, behind any load balancer. Off by
 * default (a single node on H2 with in-process fan-out); {@code CLUSTER_REDIS_URL} with a PostgreSQL {@code
 * DATABASE_URL} switches it on. This module holds the settings, the condition other modules test ({@link
 * io.battlesim.app.cluster.OnClusterMode}) and the node's Redis connection ({@link io.battlesim.app.cluster.ClusterRedis});
 * the modules that change behaviour in a cluster (battle writers and updates, rate limits) own their cluster parts.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.battlesim.app.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
