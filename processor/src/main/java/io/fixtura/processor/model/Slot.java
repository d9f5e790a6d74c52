package io.fixtura.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A place a value goes: a field, a collection element, a map key or value. Carries the type (as
 * code and as a shape) and the constraints declared on it.
 */
public record Slot(TypeName type, Shape shape, Constraints constraints) {
}
