package io.chipwatch.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body in memory, but never more than {@code cap} bytes: the subscription is
 * cancelled (closing the connection) as soon as the cap would be passed. A body that must be
 * complete fails with a {@link FetchException}; an error page is simply cut.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

    private final long cap;
    private final boolean truncate;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    private CappedBodySubscriber(long cap, boolean truncate) {
        this.cap = cap;
        this.truncate = truncate;
    }

    /** A body that fails when longer than {@code cap}. */
    static CappedBodySubscriber failingAbove(long cap) {
        return new CappedBodySubscriber(cap, false);
    }

    /** A body cut after {@code cap} bytes, for error pages and redirects whose body we ignore. */
    static CappedBodySubscriber truncatingAt(long cap) {
        return new CappedBodySubscriber(cap, true);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            int remaining = item.remaining();
            if (buffer.size() + (long) remaining > cap) {
                if (truncate) {
                    byte[] part = new byte[(int) (cap - buffer.size())];
                    item.get(part);
                    buffer.writeBytes(part);
                    abort(null);
                } else {
                    abort(new FetchException("body larger than " + cap + " bytes"));
                }
                return;
            }
            byte[] bytes = new byte[remaining];
            item.get(bytes);
            buffer.writeBytes(bytes);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading: completes with what was read ({@code why == null}) or with the failure. */
    void abort(Exception why) {
        Flow.Subscription s = subscription;
        if (why == null) {
            result.complete(buffer.toByteArray());
        } else {
            result.completeExceptionally(why);
        }
        if (s != null) {
            s.cancel();
        }
    }
}
