/**
 * Alerts: the novelty and corroboration policy that turns a stream of signals into one alert per
 * policy development ({@link io.chipwatch.alert.NoveltyPolicy}), the volume policy that flags an
 * entity suddenly mentioned far more than usual ({@link io.chipwatch.alert.SpikePolicy}), and the
 * pure views of alerts for people: the Atom feed ({@link io.chipwatch.alert.AlertFeed}) and the
 * explanation of one alert ({@link io.chipwatch.alert.Explanation}). Nothing here knows Kafka.
 */
package io.chipwatch.alert;
