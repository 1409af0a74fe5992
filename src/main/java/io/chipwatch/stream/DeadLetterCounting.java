package io.chipwatch.stream;

import java.util.Map;

/**
 * Finds the {@link PipelineObserver} that the dead-letter handlers report to. Kafka Streams
 * builds the handlers from class names, so the observer travels in the streams configuration
 * under {@link #OBSERVER_CONFIG} rather than through a constructor.
 */
final class DeadLetterCounting {

    static final String OBSERVER_CONFIG = "chipwatch.pipeline.observer";

    private DeadLetterCounting() {
    }

    static PipelineObserver observerIn(Map<String, ?> configs) {
        return configs.get(OBSERVER_CONFIG) instanceof PipelineObserver observer ? observer : PipelineObserver.NONE;
    }

    static String reason(Exception e) {
        return e.getClass().getSimpleName();
    }
}
