package io.fixtura.processor.read;

import java.util.Locale;

/** Naming rules: snake_case tables and columns from Java names. */
public final class Names {

    private Names() {
    }

    /** {@code licenseNumber} → {@code license_number}, {@code OrderItem} → {@code order_item}, {@code HTTPCode} → {@code http_code}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = Character.isUpperCase(c);
            if (upper && i > 0) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code User} → {@code user}. */
    public static String decapitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
