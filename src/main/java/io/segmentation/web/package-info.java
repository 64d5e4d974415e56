/**
 * Web plumbing shared by every feature: RFC 9457 problem details, API keys ({@code X-API-Key}, Spring Security),
 * rate limits per key or client address (bucket4j) and the OpenAPI description.
 */
@NullMarked
package io.segmentation.web;

import org.jspecify.annotations.NullMarked;
