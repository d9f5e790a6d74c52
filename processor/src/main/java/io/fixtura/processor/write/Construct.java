package io.fixtura.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.fixtura.processor.model.Construction;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes the statements that build an instance from local variables, shared by factory and builder. */
final class Construct {

    private static final Set<String> RESERVED = Set.of("ctx", "index", "d", "instance", "draw", "members", "member");

    private Construct() {
    }

    /** The local variable that holds field {@code field}: its name, unless the generated code uses that name. */
    static String local(String field) {
        return RESERVED.contains(field) ? field + "Value" : field;
    }

    /** {@code return new T(a, b);}, or construct-then-set statements ending in {@code return instance;}. */
    static CodeBlock returning(ClassName type, Construction construction) {
        return returning(type, construction, Construct::local);
    }

    static CodeBlock returning(ClassName type, Construction construction, Function<String, String> valueOf) {
        String args = construction.parameters().stream().map(valueOf).collect(Collectors.joining(", "));
        if (construction.setters().isEmpty()) {
            return CodeBlock.of("return new $T($L);\n", type, args);
        }
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$T instance = new $T($L)", type, type, args);
        for (Construction.Assignment a : construction.setters()) {
            if (a.method() != null) {
                code.addStatement("instance.$N($L)", a.method(), valueOf.apply(a.field()));
            } else {
                code.addStatement("instance.$N = $L", a.field(), valueOf.apply(a.field()));
            }
        }
        return code.addStatement("return instance").build();
    }
}
