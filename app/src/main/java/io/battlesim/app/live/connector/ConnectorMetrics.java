package io.battlesim.app.live.connector;

import io.battlesim.app.battle.Admission;
import io.battlesim.app.live.api.LiveFrame;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counters of the Live API connectors: frames by kind, lost ranges ({@code gap}), reconnects and admissions. */
final class ConnectorMetrics {

    private final MeterRegistry registry;
    private final Counter gaps;
    private final Counter reconnects;
    private final Counter malformed;

    ConnectorMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.gaps = Counter.builder("live.connector.gaps")
                .description("Gap frames: events the Live API no longer held when a connector resumed")
                .register(registry);
        this.reconnects = Counter.builder("live.connector.reconnects")
                .description("Reconnect attempts of Live API connectors")
                .register(registry);
        this.malformed = Counter.builder("live.connector.malformed")
                .description("Frames the connector could not read")
                .register(registry);
    }

    void frame(LiveFrame frame) {
        switch (frame) {
            case LiveFrame.Event event ->
                registry.counter("live.connector.frames", "type", event.type()).increment();
            case LiveFrame.Gap gap -> gaps.increment();
            case LiveFrame.Malformed bad -> malformed.increment();
            case LiveFrame.RoomStatus status ->
                registry.counter("live.connector.frames", "type", "room_status").increment();
            case LiveFrame.Chat chat ->
                registry.counter("live.connector.frames", "type", "chat").increment();
            case LiveFrame.Other other ->
                registry.counter("live.connector.frames", "type", "other").increment();
        }
    }

    void lost(long events) {
        registry.counter("live.connector.lost.events").increment(events);
    }

    void reconnect() {
        reconnects.increment();
    }

    void admission(Admission admission) {
        registry.counter("live.connector.admissions", "status", admission.status())
                .increment();
    }
}
