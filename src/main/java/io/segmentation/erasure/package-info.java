/**
 * Erasure (GDPR article 17): {@code DELETE /customers/{id}} removes one customer from every store the service holds,
 * runs, and keeps an audit record of only when it happened and how much it removed.
 */
@NullMarked
package io.segmentation.erasure;

import org.jspecify.annotations.NullMarked;
