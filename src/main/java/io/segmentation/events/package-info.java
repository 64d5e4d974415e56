/**
 * Events: the segment changes of each published run (stored per run, {@code GET /segments/changes}) and their signed,
 * retried webhook deliveries ({@code GET /webhooks/deliveries}).
 */
@NullMarked
package io.segmentation.events;

import org.jspecify.annotations.NullMarked;
