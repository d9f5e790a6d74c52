package io.fixtura.processor.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.fixtura.processor.TestCompiler;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.values.Regex;
import io.fixtura.runtime.values.StringSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * Random regular expressions from a fixed seed, through the whole path: {@link RegexCode} writes
 * code, javac compiles it, the runtime generates, and {@code java.util.regex} judges each string.
 */
class RegexFuzzTest {

    private static final String[] CLASS_ITEMS = {
        "a-z", "A-Z", "0-9", "x", "_", "\\-", "\\d", "\\w", "\\s", "\\p{Alpha}", "\\p{Punct}", "é", ".", "[k-p]", "\\]",
    };
    private static final String[] ATOMS = {
        "a", "b", "Z", "7", "\\.", "\\-", "-", " ", "é", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", ".", "\\x41",
        "\\u00e9", "\\p{L}", "\\p{Lu}", "\\p{Ll}", "\\p{N}", "\\p{Alnum}", "\\P{Digit}", "\\t", "@", "/",
    };

    private static final String[] GROUP_QUANTIFIERS = {"", "", "?", "{2}", "{1,2}"};

    private final Random random = new Random(20260101);

    private String regex(int depth) {
        int parts = 1 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            String atom = atom(depth);
            // groups get small bounded quantifiers: nested unbounded ones make java.util.regex itself backtrack for ages
            out.append(atom.startsWith("(") ? atom + GROUP_QUANTIFIERS[random.nextInt(GROUP_QUANTIFIERS.length)] : quantified(atom))
                    .append(atom.startsWith("(?i)(") ? "(?-i)" : "");
        }
        if (depth < 2 && random.nextInt(5) == 0) {
            out.append('|').append(regex(depth + 1));
        }
        return out.toString();
    }

    private String atom(int depth) {
        int choice = random.nextInt(10);
        if (choice < 4) {
            return ATOMS[random.nextInt(ATOMS.length)];
        }
        if (choice < 7) {
            return charClass();
        }
        if (depth >= 2) {
            return "c";
        }
        String[] openers = {"(", "(?:", "(?<g" + random.nextInt(1000) + ">", "(?i:", "(?i)("};
        String opener = openers[random.nextInt(openers.length)];
        return opener + regex(depth + 1) + ")";
    }

    private String charClass() {
        StringBuilder out = new StringBuilder("[");
        if (random.nextInt(4) == 0) {
            out.append('^');
        }
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            out.append(CLASS_ITEMS[random.nextInt(CLASS_ITEMS.length)]);
        }
        if (random.nextInt(6) == 0) {
            out.append("&&[^aeiou0-4]");
        }
        return out.append(']').toString();
    }

    private String quantified(String atom) {
        String[] quantifiers = {"", "", "", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "{2,}", "??", "*?", "{1,4}?"};
        return atom + quantifiers[random.nextInt(quantifiers.length)];
    }

    @Test
    void randomPatternsGenerateOnlyMatchingStrings() throws Exception {
        List<String> regexes = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        while (regexes.size() < 300) {
            String regex = (random.nextInt(4) == 0 ? "^" : "") + regex(0) + (random.nextInt(4) == 0 ? "$" : "");
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                continue;
            }
            try {
                codes.add(RegexCode.toCode(regex).toString());
                regexes.add(regex);
            } catch (RegexCode.Unsupported e) {
                assertThat(e.getMessage()).as(regex).containsAnyOf("matches no string", "anchor");
            }
        }
        Class<?> compiled = compile(codes);
        GenerationContext context = new GenerationContext(9, 9, Instant.EPOCH, Locale.ROOT, 0);
        for (int i = 0; i < regexes.size(); i++) {
            String regex = regexes.get(i);
            Regex tree = (Regex) compiled.getMethod("r" + i).invoke(null);
            Pattern pattern = Pattern.compile(regex);
            StringSpec plain = StringSpec.pattern(tree, regex);
            StringSpec unique = plain.unique();
            Set<String> distinct = new HashSet<>();
            long count = Math.min(300, unique.capacity());
            for (int n = 0; n < 300; n++) {
                String value = plain.next(context.draw(n, i));
                assertThat(pattern.matcher(value).matches()).as("\"%s\" from %s", value, regex).isTrue();
                if (n < count) {
                    String one = unique.next(context.draw(n, i));
                    assertThat(pattern.matcher(one).matches()).as("unique \"%s\" from %s", one, regex).isTrue();
                    distinct.add(one);
                }
            }
            assertThat(distinct).as("unique values of %s", regex).hasSize((int) count);
            budgeted(tree, regex, pattern, context, i);
        }
    }

    /** A random length range: strings within it, or a refusal that says the pattern cannot fit it. */
    private void budgeted(Regex tree, String regex, Pattern pattern, GenerationContext context, int i) {
        int min = random.nextInt(8);
        int max = min + random.nextInt(12);
        StringSpec spec = StringSpec.pattern(tree, regex).length(min, max);
        try {
            spec.capacity();
        } catch (IllegalStateException e) {
            assertThat(e.getMessage()).as(regex).containsAnyOf("cannot produce", "needs at least");
            return;
        }
        for (int n = 0; n < 200; n++) {
            String value = spec.next(context.draw(n, i));
            assertThat(pattern.matcher(value).matches()).as("\"%s\" from %s", value, regex).isTrue();
            assertThat(value.length()).as("\"%s\" from %s", value, regex).isBetween(min, max);
        }
    }

    private static Class<?> compile(List<String> codes) throws ClassNotFoundException {
        StringBuilder source = new StringBuilder("package t;\n\npublic final class Fuzz {\n");
        for (int i = 0; i < codes.size(); i++) {
            source.append("  public static io.fixtura.runtime.values.Regex r").append(i).append("() {\n    return ")
                    .append(codes.get(i)).append(";\n  }\n");
        }
        source.append("}\n");
        Compilation compilation = Compiler.javac().compile(JavaFileObjects.forSourceString("t.Fuzz", source.toString()));
        return TestCompiler.load(compilation).loadClass("t.Fuzz");
    }
}
