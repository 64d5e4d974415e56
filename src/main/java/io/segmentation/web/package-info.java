/** Web plumbing shared by every feature: RFC 9457 problem details and the OpenAPI description. */
@NullMarked
package io.segmentation.web;

import org.jspecify.annotations.NullMarked;
