package io.fixtura.processor.read;

import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.check.Message;
import io.fixtura.processor.model.Construction;
import io.fixtura.processor.model.FieldDecl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Decides how generated code builds an instance: a record's canonical constructor; else the
 * constructor with the most parameters that match fields by name and type, with setters (or
 * assignments) for the fields it leaves out; a no-arg constructor is the case of zero parameters.
 */
final class ConstructionReader {

    private final Types types;
    private final Members members;
    private final Diagnostics diagnostics;

    ConstructionReader(Types types, Members members, Diagnostics diagnostics) {
        this.types = types;
        this.members = members;
        this.diagnostics = diagnostics;
    }

    /** How to build {@code type} from code in {@code pkg}; null when there is no way (reported). */
    Construction read(TypeElement type, List<FieldDecl> fields, String pkg) {
        String unusable = Members.unusable(type, true);
        if (unusable != null) {
            diagnostics.error(type, Message.TYPE_NOT_USABLE, type.getQualifiedName(), unusable);
            return null;
        }
        List<String> names = fields.stream().map(FieldDecl::name).toList();
        if (type.getKind() == ElementKind.RECORD) {
            return new Construction(Construction.Kind.RECORD, names, List.of());
        }
        Map<String, FieldDecl> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        List<ExecutableElement> constructors = new ArrayList<>(ElementFilter.constructorsIn(type.getEnclosedElements()));
        constructors.sort(Comparator.comparingInt((ExecutableElement c) -> c.getParameters().size()).reversed());
        boolean abstractType = type.getModifiers().contains(Modifier.ABSTRACT);
        boolean unnamedParameters = false;
        List<String> missingSetters = names;
        for (ExecutableElement constructor : constructors) {
            if (abstractType || !members.reachable(constructor, pkg)) {
                continue;
            }
            List<String> parameters = matchingParameters(constructor, byName);
            if (parameters == null) {
                unnamedParameters |= hasSyntheticNames(constructor);
                continue;
            }
            List<Construction.Assignment> setters = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (FieldDecl f : fields) {
                if (parameters.contains(f.name())) {
                    continue;
                }
                ExecutableElement setter = members.setter(type, f.element(), pkg);
                if (setter != null) {
                    setters.add(new Construction.Assignment(f.name(), setter.getSimpleName().toString()));
                } else if (!f.element().getModifiers().contains(Modifier.FINAL)
                        && members.reachable(f.element(), pkg)) {
                    setters.add(new Construction.Assignment(f.name(), null));
                } else {
                    missing.add(f.name());
                }
            }
            if (missing.isEmpty()) {
                Construction.Kind kind = setters.isEmpty() ? Construction.Kind.CONSTRUCTOR : Construction.Kind.SETTERS;
                return new Construction(kind, parameters, setters);
            }
            if (missing.size() < missingSetters.size()) {
                missingSetters = missing;
            }
        }
        if (unnamedParameters) {
            ExecutableElement widest = constructors.get(0);
            diagnostics.error(type, Message.PARAMETER_NAMES_MISSING, type.getSimpleName(),
                    widest.getParameters().stream().map(p -> p.getSimpleName().toString()).toList());
        } else {
            diagnostics.error(type, Message.NO_CONSTRUCTION, type.getSimpleName(), names, missingSetters);
        }
        return null;
    }

    /** The field names of the constructor's parameters, or null if one is not a field of the same type. */
    private List<String> matchingParameters(ExecutableElement constructor, Map<String, FieldDecl> fields) {
        List<String> parameters = new ArrayList<>();
        for (VariableElement p : constructor.getParameters()) {
            FieldDecl f = fields.get(p.getSimpleName().toString());
            if (f == null || !types.isSameType(types.erasure(p.asType()), types.erasure(f.element().asType()))) {
                return null;
            }
            parameters.add(f.name());
        }
        return parameters;
    }

    private static boolean hasSyntheticNames(ExecutableElement constructor) {
        List<? extends VariableElement> ps = constructor.getParameters();
        return !ps.isEmpty() && ps.get(0).getSimpleName().toString().matches("arg\\d+");
    }
}
