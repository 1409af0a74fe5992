/**
 * Delivery of alerts to people and systems outside Kafka: an Atom feed of the latest alerts
 * ({@link io.chipwatch.delivery.AlertFeedHandler}, kept current by
 * {@link io.chipwatch.delivery.AlertFeedFollower}) and a webhook relay that posts each new alert
 * and reversal at least once ({@link io.chipwatch.delivery.WebhookRelay}). Each reads
 * {@code chipwatch.alerts} with {@code read_committed}.
 */
package io.chipwatch.delivery;
