package io.segmentation.models;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which version of a model name is active: one document per name, switched in a single write (like the published run).
 *
 * @param name        model name
 * @param version     the active version
 * @param activatedAt when it became active
 */
@Document("activeModels")
record ActiveModelPointer(@Id String name, int version, Instant activatedAt) {
}
