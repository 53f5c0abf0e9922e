package org.hetao.registry.api.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request type whose object form is its current shape but which, for clients of an earlier
 * version, also takes one JSON string (its own JSON-B deserializer reads both). The strict reading
 * of bodies lets such a string through to that deserializer; an object is checked as any other, and
 * the OpenAPI document describes both forms (the type must be reached
 * through {@code @Valid}, as nested requests are).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TextForm {}
