package io.chipwatch.stream;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Kafka Streams' log-and-continue handler for records that cannot be read, which also counts
 * each one: the built-in handler writes it to the dead-letter topic, this one tells the
 * {@link PipelineObserver} why.
 */
public class CountingDeserializationExceptionHandler extends LogAndContinueExceptionHandler {

    private PipelineObserver observer = PipelineObserver.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        observer = DeadLetterCounting.observerIn(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        Response response = super.handleError(context, record, exception);
        observer.deadLettered("deserialization", DeadLetterCounting.reason(exception));
        return response;
    }
}
