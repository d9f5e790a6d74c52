package io.fixtura.processor.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.fixtura.processor.TestCompiler;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.values.Regex;
import io.fixtura.runtime.values.StringSpec;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: the code {@link RegexCode} writes is compiled, run through the runtime's
 * {@code StringSpec}, and every string is checked by {@code java.util.regex} itself.
 */
class RegexCodeTest {

    /** A pattern and the length range to generate it in. */
    private record Case(String regex, int min, int max) {
        Case(String regex) {
            this(regex, 0, Integer.MAX_VALUE);
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("[A-Z]{3}-\\d{4}"),
            new Case("\\+?1?[ -]?\\(?\\d{3}\\)?[ -]?\\d{3}-\\d{4}"),
            new Case("\\d{5}(-\\d{4})?"),
            new Case("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"),
            new Case("\\d{4} ?[A-Z]{2}"),
            new Case("(cat|dog|bird)s?"),
            new Case("((a|b)c)+d"),
            new Case("(?i)hello world"),
            new Case("(?i:abc)-XYZ"),
            new Case("x(?i)y(?-i)z"),
            new Case("^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$"),
            new Case("[^aeiou\\s]{3,6}"),
            new Case("\\w+\\s\\w+"),
            new Case(".{2,5}"),
            new Case("[a-z&&[^aeiou]]{4}"),
            new Case("[^a-c[x-z]&&[a-y]]{3}"),
            new Case("\\p{Lu}\\p{Ll}+"),
            new Case("\\p{Alpha}\\p{Digit}\\p{Alnum}\\p{Punct}\\p{L}\\p{N}\\pL"),
            new Case("\\P{Alnum}{2}\\p{IsL}"),
            new Case("\\x41\\u00e9\\t\\.\\0101\\cA\\x{263A}"),
            new Case("(?<year>\\d{4})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])"),
            new Case("a*?b+?c??d{1,3}?"),
            new Case("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}"),
            new Case("\\d{3}-\\d{2}-\\d{4}"),
            new Case("[A-Z]{2}\\d{2}[A-Z0-9]{1,30}", 15, 34),
            new Case("(ab|cde)+", 7, 7),
            new Case("x{0}y"),
            new Case("(?i)[a-c]{2}[^x]"),
            new Case("\\Qa.b*c\\E+"),
            new Case("[]a-]+"),
            new Case("\\D\\W\\S"),
            new Case("(foo|bar|)baz"),
            new Case("[a-z]+", 50, 60),
            new Case("(\\d{2}){2,3}", 5, 6),
            new Case("\\d*", 0, 0),
            new Case("(?i)[^a-z]{3}"),
            new Case("\\p{L}{3,8}"),
            new Case("\\h\\v"),
            new Case("[\\w&&[^\\d_]]{5}"),
            new Case("colou?r|gr[ae]y"),
            new Case("(?i)Straße"),
            new Case("\\$\\d+(\\.\\d{2})?"),
            new Case("([01]?\\d|2[0-3]):[0-5]\\d"),
            new Case("\\x{1F600}{2}a"),
            new Case("\\A(?:a|b)*\\z", 3, 9),
            new Case("(a|bb|ccc){2,}", 10, 12),
            new Case("[\\[\\]\\\\^-]{4}"),
            new Case("[a-z]{2,}(\\.[a-z]{2,})*", 20, 30),
            new Case("\"quoted\"\\n"));

    private static final GenerationContext CONTEXT =
            new GenerationContext(42, 7, Instant.parse("2026-01-01T00:00:00Z"), Locale.ROOT, 0);

    private static Class<?> compiled;

    @BeforeAll
    static void compileAll() throws Exception {
        StringBuilder source = new StringBuilder("package t;\n\npublic final class Regexes {\n");
        for (int i = 0; i < CASES.size(); i++) {
            source.append("  public static io.fixtura.runtime.values.Regex r").append(i).append("() {\n    return ")
                    .append(RegexCode.toCode(CASES.get(i).regex())).append(";\n  }\n");
        }
        source.append("}\n");
        Compilation compilation = Compiler.javac().compile(JavaFileObjects.forSourceString("t.Regexes", source.toString()));
        assertThat(compilation.status()).as(compilation.diagnostics() + "\n" + source)
                .isEqualTo(Compilation.Status.SUCCESS);
        compiled = TestCompiler.load(compilation).loadClass("t.Regexes");
    }

    private static Regex regex(int i) throws Exception {
        return (Regex) compiled.getMethod("r" + i).invoke(null);
    }

    @Test
    void everyGeneratedStringMatchesItsPatternWithinItsLengths() throws Exception {
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            StringSpec spec = StringSpec.pattern(regex(i), c.regex()).length(c.min(), c.max());
            Pattern pattern = Pattern.compile(c.regex());
            Set<String> seen = new HashSet<>();
            for (int n = 0; n < 3_000; n++) {
                String value = spec.next(CONTEXT.draw(n, i));
                assertThat(pattern.matcher(value).matches()).as("%s from %s", value, c.regex()).isTrue();
                assertThat(value.length()).as("length of %s from %s", value, c.regex()).isBetween(c.min(), c.max());
                seen.add(value);
            }
            long distinct = StringSpec.pattern(regex(i), c.regex()).length(c.min(), c.max()).unique().capacity();
            assertThat(seen).as("variety of %s", c.regex()).hasSizeGreaterThanOrEqualTo((int) Math.min(distinct, 2));
        }
    }

    @Test
    void uniqueSpecsGiveDistinctMatchingStrings() throws Exception {
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            StringSpec spec = StringSpec.pattern(regex(i), c.regex()).length(c.min(), c.max()).unique();
            Pattern pattern = Pattern.compile(c.regex());
            long count = Math.min(spec.capacity(), 2_000);
            Set<String> seen = new HashSet<>();
            for (long n = 0; n < count; n++) {
                String value = spec.next(CONTEXT.draw(n, i));
                assertThat(pattern.matcher(value).matches()).as("%s from %s", value, c.regex()).isTrue();
                assertThat(value.length()).isBetween(c.min(), c.max());
                seen.add(value);
            }
            assertThat(seen).as("distinct values of %s", c.regex()).hasSize((int) count);
        }
    }

    @Test
    void alternativesAndCaseFoldingAllShowUp() throws Exception {
        Set<String> animals = new HashSet<>();
        Set<String> greetings = new HashSet<>();
        for (int n = 0; n < 500; n++) {
            animals.add(StringSpec.pattern(regex(5), CASES.get(5).regex()).next(CONTEXT.draw(n, 1)));
            greetings.add(StringSpec.pattern(regex(7), CASES.get(7).regex()).next(CONTEXT.draw(n, 2)));
        }
        assertThat(animals).contains("cat", "cats", "dog", "dogs", "bird", "birds");
        for (int position = 0; position < "hello world".length(); position++) {
            char lower = "hello world".charAt(position);
            int at = position;
            assertThat(greetings).anyMatch(g -> g.charAt(at) == lower)
                    .anyMatch(g -> g.charAt(at) == Character.toUpperCase(lower));
        }
    }

    @Test
    void writesReadableCode() {
        assertThat(RegexCode.toCode("[A-Z]{3}-\\d{4}").toString()).isEqualTo(
                "io.fixtura.runtime.values.Regex.seq("
                        + "io.fixtura.runtime.values.Regex.repeat(io.fixtura.runtime.values.Regex.chars('A', 'Z'), 3, 3), "
                        + "io.fixtura.runtime.values.Regex.literal(\"-\"), "
                        + "io.fixtura.runtime.values.Regex.repeat(io.fixtura.runtime.values.Regex.chars('0', '9'), 4, 4))");
        assertThat(RegexCode.toCode("^ab(c)$").toString()).isEqualTo("io.fixtura.runtime.values.Regex.literal(\"abc\")");
        assertThat(RegexCode.javaString("a\"\\\n\u00e9\u0001")).isEqualTo("\"a\\\"\\\\\\n\\u00e9\\001\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "(a)\\1          | 3 | backreference \\1",
        "(?<n>a)\\k<n>   | 7 | backreference \\k<n>",
        "a(?=b)          | 1 | lookahead (?=",
        "a(?!b)          | 1 | lookahead (?!",
        "(?<=a)b         | 0 | lookbehind (?<=",
        "(?<!a)b         | 0 | lookbehind (?<!",
        "\\bword         | 0 | boundary \\b",
        "a\\Bb           | 1 | boundary \\B",
        "a++             | 1 | possessive quantifier ++",
        "x{2}+           | 1 | possessive quantifier {2}+",
        "(?>ab)          | 0 | atomic group",
        "(?m)^a$         | 0 | inline flag m",
        "b(?s).+         | 1 | inline flag s",
        "\\p{IsGreek}    | 0 | Unicode property \\p{IsGreek}",
        "a\\pM           | 1 | Unicode property \\pM",
        "a^b             | 1 | anchor ^",
        "a$b             | 1 | anchor $",
        "(a$)+           | 2 | anchor $",
        "ab\\Gc          | 2 | anchor \\G",
        "[a&&b]          | 0 | matches no string",
        "x[\\x{1F600}]   | 2 | supplementary character",
        "a\\R            | 1 | escape \\R",
        "a{2}{3}         | 4 | quantifier { after a quantifier",
        "(ab){20000}     | 0 | shortest string is over 32768",
    })
    void refusesWhatCannotBeGenerated(String regex, int offset, String construct) {
        Pattern.compile(regex.trim()); // each is a valid Java regex, only not generable
        assertThatThrownBy(() -> RegexCode.toCode(regex.trim()))
                .isInstanceOf(RegexCode.Unsupported.class)
                .hasMessageContaining(construct.trim())
                .hasMessageContaining("at offset " + offset)
                .satisfies(e -> assertThat(((RegexCode.Unsupported) e).offset()).isEqualTo(offset));
    }
}
