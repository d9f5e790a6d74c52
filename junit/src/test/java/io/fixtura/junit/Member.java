package io.fixtura.junit;

import java.util.UUID;

/** A test entity: a club member with an email, an age within 18..99 and an optional nickname. */
public record Member(UUID id, String email, int age, String nickname) {
}
