package io.fixtura.example.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address, nested inside a user (not an entity of its own). */
public record Address(
        @NotBlank @Size(max = 100) String street,
        @NotBlank @Size(max = 60) String city,
        @NotBlank @Pattern(regexp = "\\d{5}") String zip,
        @NotBlank @Size(min = 2, max = 2) String countryCode) {
}
