package io.fixtura.runtime.values;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.util.List;

/**
 * Keeps only values that are well-formed emails, for a field with both {@code @Pattern} and
 * {@code @Email}: the pattern generates, the email check filters, drawing again from the same
 * stream. A unique field cannot draw again without losing its bijection, so there a value that
 * is no email is an error.
 */
public final class ValidEmails implements ValueSpec<String> {

    private static final int ATTEMPTS = 256;
    private static final Constraint EMAIL = Constraint.email();

    private final ValueSpec<String> source;
    private final boolean unique;

    private ValidEmails(ValueSpec<String> source, boolean unique) {
        this.source = source;
        this.unique = unique;
    }

    /** Values of {@code source} that are emails; {@code unique} when the source is unique. */
    public static ValidEmails of(ValueSpec<String> source, boolean unique) {
        return new ValidEmails(source, unique);
    }

    @Override
    public String next(Draw draw) {
        String value = null;
        for (int attempt = 0; attempt < (unique ? 1 : ATTEMPTS); attempt++) {
            value = source.next(draw);
            if (value == null || EMAIL.check(value, null) == null) {
                return value;
            }
        }
        throw new IllegalStateException("the pattern gave \"" + value + "\", which is no well-formed email"
                + (unique ? "" : ", and so did " + (ATTEMPTS - 1) + " more draws")
                + "; make the @Pattern admit only emails (e.g. [a-z]{3,10}@example\\.com)");
    }

    /** The source's edges that are emails; a pattern's shortest and longest are searched among emails. */
    @Override
    public List<Edge<String>> edges(GenerationContext context) {
        if (source instanceof StringSpec strings) {
            return strings.edges(context, ValidEmails::isEmail);
        }
        return source.edges(context).stream().filter(e -> isEmail(e.value())).toList();
    }

    private static boolean isEmail(String value) {
        return value == null || EMAIL.check(value, null) == null;
    }

    @Override
    public long capacity() {
        return source.capacity();
    }
}
