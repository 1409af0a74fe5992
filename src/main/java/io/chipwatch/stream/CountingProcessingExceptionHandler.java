package io.chipwatch.stream;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Kafka Streams' log-and-continue handler for records a stage rejected, which also counts each
 * one by the exception's class.
 */
public class CountingProcessingExceptionHandler extends LogAndContinueProcessingExceptionHandler {

    private PipelineObserver observer = PipelineObserver.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        observer = DeadLetterCounting.observerIn(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        observer.deadLettered("processing", DeadLetterCounting.reason(exception));
        return response;
    }
}
