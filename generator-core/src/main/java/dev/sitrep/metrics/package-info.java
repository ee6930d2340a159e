/**
 * Metrics: pure functions of the model and the clock ({@code now}): current statuses, 90-day uptime, response
 * times, postmortem and action-item rates, monthly trends, the published postmortems, the contributing factors per
 * window and quarter, and the repeat incidents. Imports only {@code dev.sitrep.model}.
 */
package dev.sitrep.metrics;
