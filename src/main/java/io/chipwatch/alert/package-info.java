/**
 * Alerts: the novelty and corroboration policy that turns a stream of signals into one alert per policy development, and its delivery.
 */
package io.chipwatch.alert;
