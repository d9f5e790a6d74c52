package io.fixtura.junit;

import java.util.UUID;

/** A second test entity, so that injection per type can be told apart. */
public record Team(UUID id, String name) {
}
