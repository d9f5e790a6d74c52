package io.fixtura.example;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fixtura.example.shop.EmployeeFactory;
import io.fixtura.example.shop.ProductFactory;
import io.fixtura.example.shop.UserFactory;
import java.time.Instant;
import java.util.List;

/**
 * Prints records of a seed as JSON, so a test can compare what two JVMs generate.
 * Usage: {@code SeedPrinter <seed> <count>}.
 */
public final class SeedPrinter {

    static final Instant REFERENCE_TIME = Instant.parse("2026-01-01T00:00:00Z");

    private SeedPrinter() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(render(Long.parseLong(args[0]), Integer.parseInt(args[1])));
    }

    static String render(long seed, int count) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        json.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        List<Object> all = List.of(
                UserFactory.withSeed(seed).withReferenceTime(REFERENCE_TIME).list(count),
                ProductFactory.withSeed(seed).withReferenceTime(REFERENCE_TIME).list(count),
                EmployeeFactory.withSeed(seed).withReferenceTime(REFERENCE_TIME).list(count));
        return json.writeValueAsString(all);
    }
}
