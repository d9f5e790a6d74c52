package io.fixtura.example.shop;

import io.fixtura.annotations.Range;
import io.fixtura.annotations.Sensitive;
import io.fixtura.annotations.TestEntity;
import io.fixtura.annotations.Unique;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer account: its key, email, name and address are personal data, anonymized by {@code UserAnonymizer}. */
@TestEntity
@Table(name = "users")
public record User(
        @Id @Sensitive(Sensitive.Strategy.TOKENIZE) UUID id,
        @NotBlank @Email @Size(max = 120) @Unique @Sensitive String email,
        @NotBlank @Size(max = 80) @Sensitive String fullName,
        @Range(min = "18", max = "99") int age,
        @NotNull @Past @Range(min = "2015-01-01T00:00:00Z", max = "now") Instant createdAt,
        @NotNull Status status,
        @NotNull @Valid @Sensitive Address address,
        @Size(max = 5) List<@NotBlank @Size(max = 20) String> tags) {
}
