package io.fixtura.runtime.io;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.SqlType;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An entity with one field of every column kind, and records full of strings that break naive writers. */
final class Items {

    enum Status { ACTIVE, BLOCKED }

    record Tag(String label, int weight) {
    }

    record Item(long id, String name, String note, BigDecimal price, double score, Instant created, LocalDate day,
            LocalDateTime local, LocalTime at, OffsetDateTime offset, UUID token, byte[] photo, List<String> tags,
            Map<String, Integer> counts, List<Tag> labels, Status status, Boolean active, Duration delay,
            Optional<String> nick, char initial) {
    }

    /** Strings with quotes, separators, line breaks, escapes, astral and combining characters, bidi text. */
    static final List<String> NASTY = List.of("plain", "with,comma", "with \"quotes\"", "\"", "\"\"", ",", "line\nfeed",
            "carriage\rreturn", "crlf\r\nend", "\r\n", "trailing\n", "\ttab\t", "back\\slash\\", "\\N", "\\\"",
            "emoji 😀 and family 👩‍👩‍👧 and flag 🇩🇪", "漢字テスト中文한국어", "שלום עולם مرحبا بالعالم",
            "e\u0301 a\u0308 n\u0303\u0323", " leading and trailing spaces ", "line\u2028separator\u2029",
            "null", "NULL", "=SUM(A1)", "'single'", "<b>&amp;</b>", "{\"json\": [1, 2]}", "nul\u0000char", "é",
            "\uFEFFbom first", "😀");

    static final List<FieldModel<Item>> FIELDS = List.of(
            FieldModel.<Item>of("id", long.class, Item::id).key().sqlType(SqlType.of(JDBCType.BIGINT)),
            FieldModel.<Item>of("name", String.class, Item::name).column("item_name").notNull()
                    .sqlType(SqlType.varchar(200)).constraints(Constraint.notNull(), Constraint.size("Size", 0, 200)),
            FieldModel.<Item>of("note", String.class, Item::note).sqlType(SqlType.varchar(200)),
            FieldModel.<Item>of("price", BigDecimal.class, Item::price).sqlType(SqlType.decimal(38, 10)),
            FieldModel.<Item>of("score", double.class, Item::score).sqlType(SqlType.of(JDBCType.DOUBLE)),
            FieldModel.<Item>of("created", Instant.class, Item::created)
                    .sqlType(SqlType.of(JDBCType.TIMESTAMP_WITH_TIMEZONE)),
            FieldModel.<Item>of("day", LocalDate.class, Item::day).sqlType(SqlType.of(JDBCType.DATE)),
            FieldModel.<Item>of("local", LocalDateTime.class, Item::local).sqlType(SqlType.of(JDBCType.TIMESTAMP)),
            FieldModel.<Item>of("at", LocalTime.class, Item::at).sqlType(SqlType.of(JDBCType.TIME)),
            FieldModel.<Item>of("offset", OffsetDateTime.class, Item::offset)
                    .sqlType(SqlType.of(JDBCType.TIMESTAMP_WITH_TIMEZONE)),
            FieldModel.<Item>of("token", UUID.class, Item::token).sqlType(SqlType.uuid()),
            FieldModel.<Item>of("photo", byte[].class, Item::photo).sqlType(SqlType.varbinary(64)),
            FieldModel.<Item>of("tags", List.class, Item::tags).sqlType(SqlType.json()),
            FieldModel.<Item>of("counts", Map.class, Item::counts).sqlType(SqlType.json()),
            FieldModel.<Item>of("labels", List.class, Item::labels).sqlType(SqlType.json()),
            FieldModel.<Item>of("status", Status.class, Item::status).sqlType(SqlType.varchar(20)),
            FieldModel.<Item>of("active", Boolean.class, Item::active).sqlType(SqlType.of(JDBCType.BOOLEAN)),
            FieldModel.<Item>of("delay", Duration.class, Item::delay).sqlType(SqlType.of(JDBCType.BIGINT)),
            FieldModel.<Item>of("nick", Optional.class, Item::nick).sqlType(SqlType.varchar(40)),
            FieldModel.<Item>of("initial", char.class, Item::initial).sqlType(SqlType.fixedChar(1)));

    static final HandModel<Item> MODEL = new HandModel<>(Item.class, "items", List.of("id"), FIELDS, i -> item(i));

    private Items() {
    }

    /** One record per nasty string (in name and note), then records with nulls and extreme values. */
    static List<Item> records() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < NASTY.size(); i++) {
            items.add(item(i));
        }
        items.add(new Item(1000, "", null, null, 0, null, null, null, null, null, null, null, null, null, null, null,
                null, null, Optional.empty(), ' '));
        items.add(new Item(1001, "", "", new BigDecimal("-0.0000000001"), -1.5e-300, Instant.EPOCH,
                LocalDate.of(2024, 2, 29), LocalDateTime.of(1, 1, 1, 0, 0), LocalTime.MAX,
                OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(-12)),
                new UUID(0, 0), new byte[0], List.of(), Map.of(), List.of(), Status.BLOCKED, false, Duration.ZERO,
                Optional.of(""), '"'));
        return items;
    }

    static Item item(long index) {
        int i = (int) index;
        String text = NASTY.get(i % NASTY.size());
        byte[] photo = new byte[i % 7];
        Arrays.fill(photo, (byte) (0xF0 + i));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(text, i);
        counts.put("b\"\n", -i);
        return new Item(i + 1, text, i % 3 == 0 ? null : text, new BigDecimal("12345678901234567890.123456789" + i % 10),
                i * 0.1, Instant.parse("2026-01-02T03:04:05.123456789Z").plusSeconds(i),
                LocalDate.of(2000, 1, 1).plusDays(i), LocalDateTime.of(2020, 5, 6, 7, 8, 9, i * 1000),
                LocalTime.of(i % 24, 30), OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                new UUID(i, -i), photo, List.of(text, "x"), counts, List.of(new Tag(text, i)),
                i % 2 == 0 ? Status.ACTIVE : Status.BLOCKED, i % 2 == 0, Duration.ofSeconds(i, 500),
                i % 4 == 0 ? Optional.empty() : Optional.of(text),
                Character.isSurrogate(text.charAt(0)) ? '?' : text.charAt(0));
    }
}
