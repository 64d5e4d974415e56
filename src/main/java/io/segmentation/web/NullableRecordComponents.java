package io.segmentation.web;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Marks the record components annotated with JSpecify's {@code @Nullable} as nullable in the OpenAPI schemas
 * (OpenAPI 3.1: {@code "type": ["string", "null"]}), so a {@code null} the service answers is part of the contract.
 */
@Component
class NullableRecordComponents implements ModelConverter {

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (!raw.isRecord()) {
            return resolved;
        }
        Schema<?> model = resolved;
        if (resolved.get$ref() != null) {
            model = context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        }
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema<?> property = model.getProperties().get(component.getName());
            if (property != null && component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                // why: the anyOf wrapper of a nullable reference needs the property's name, or an unwrapped record
                // (@JsonUnwrapped) copies it under a null key
                model.getProperties().put(component.getName(), nullable(property).name(component.getName()));
            }
        }
        return resolved;
    }

    private static Schema<?> nullable(Schema<?> property) {
        Schema<?> nullType = new Schema<>().types(new LinkedHashSet<>(List.of("null")));
        if (property.get$ref() != null) {
            return new Schema<>().anyOf(List.of(property, nullType));
        }
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes())
                : property.getType() != null ? new LinkedHashSet<>(List.of(property.getType())) : null;
        if (types == null) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }
}
