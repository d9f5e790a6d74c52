package io.fixtura.processor.read;

import com.palantir.javapoet.ClassName;
import io.fixtura.processor.check.Diagnostics;
import io.fixtura.processor.check.Message;
import io.fixtura.processor.kinds.KindRules;
import io.fixtura.processor.kinds.TypeCategory;
import io.fixtura.processor.kinds.ValueKind;
import io.fixtura.processor.model.Access;
import io.fixtura.processor.model.Construction;
import io.fixtura.processor.model.EntityDecl;
import io.fixtura.processor.model.FieldDecl;
import io.fixtura.processor.model.ReferenceDecl;
import io.fixtura.processor.model.ScalarType;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.model.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads an annotated class into an {@link EntityDecl} (or a value class into a nested shape):
 * table, key, locale, fields with their types and constraints, kinds, fakes, references, and how
 * to construct and read it. Reports every problem it finds; returns empty when any was reported.
 */
public final class DeclarationReader {

    private final Elements elements;
    private final Annotations annotations;
    private final Diagnostics diagnostics;
    private final Members members;
    private final TypeReader types;
    private final FieldChecks fieldChecks;
    private final ConstructionReader constructions;
    private final Map<TypeElement, Shape.Nested> nestedCache = new HashMap<>();

    public DeclarationReader(ProcessingEnvironment env, Diagnostics diagnostics) {
        this.elements = env.getElementUtils();
        this.annotations = new Annotations(elements);
        this.diagnostics = diagnostics;
        this.members = new Members(elements, env.getTypeUtils(), annotations);
        ConstraintReader constraints = new ConstraintReader(annotations, diagnostics);
        this.types = new TypeReader(elements, annotations, constraints, new ClassFiles(env.getFiler(), elements, diagnostics),
                diagnostics, this);
        this.fieldChecks = new FieldChecks(annotations, diagnostics);
        this.constructions = new ConstructionReader(env.getTypeUtils(), members, diagnostics);
    }

    public Annotations annotations() {
        return annotations;
    }

    /**
     * The entity declared by {@code type}, as far as it could be read: every problem is reported,
     * and the fields that could be read are kept so later checks can report theirs too. Callers
     * compare {@link Diagnostics#errorCount()} to tell whether it is clean.
     */
    public EntityDecl entity(TypeElement type) {
        int errorsBefore = diagnostics.errorCount();
        AnnotationMirror testEntity = annotations.fixtura(type, "TestEntity").orElseThrow();
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        List<FieldDecl> fields = fields(type, pkg, List.of(type), type.getSimpleName().toString());
        Construction construction = diagnostics.errorCount() > errorsBefore ? null
                : constructions.read(type, fields, pkg);
        String table = table(type, testEntity);
        String locale = locale(type, testEntity);
        List<String> key = key(type, testEntity, fields);
        List<FieldDecl> keyed = new ArrayList<>();
        for (FieldDecl f : fields) {
            keyed.add(key.contains(f.name()) ? f.asKey() : f);
        }
        return new EntityDecl(type, ClassName.get(type), table, key, locale, construction, keyed,
                uniqueTogether(type, keyed));
    }

    /** The nested shape of value class {@code type}, used by {@code usedBy}; null when it has problems. */
    Shape.Nested nested(TypeElement type, VariableElement usedBy, List<TypeElement> nesting) {
        Shape.Nested cached = nestedCache.get(type);
        if (cached != null) {
            return cached;
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT) || type.getKind() != ElementKind.CLASS
                && type.getKind() != ElementKind.RECORD) {
            diagnostics.error(usedBy, Message.UNSUPPORTED_TYPE, usedBy.getSimpleName(), type.getQualifiedName());
            return null;
        }
        String pkg = elements.getPackageOf(nesting.get(0)).getQualifiedName().toString();
        List<TypeElement> deeper = new ArrayList<>(nesting);
        deeper.add(type);
        int errorsBefore = diagnostics.errorCount();
        List<FieldDecl> fields = fields(type, pkg, deeper, type.getSimpleName().toString());
        if (diagnostics.errorCount() > errorsBefore) {
            return null;
        }
        Construction construction = constructions.read(type, fields, pkg);
        if (construction == null) {
            return null;
        }
        Shape.Nested nested = new Shape.Nested(ClassName.get(type), construction, fields);
        nestedCache.put(type, nested);
        return nested;
    }

    /** The fields that could be read; problems with the others are reported. */
    private List<FieldDecl> fields(TypeElement type, String pkg, List<TypeElement> nesting, String ownerName) {
        List<FieldDecl> fields = new ArrayList<>();
        for (VariableElement field : members.dataFields(type)) {
            FieldDecl decl = field(type, field, pkg, nesting, ownerName);
            if (decl != null) {
                fields.add(decl);
            }
        }
        return fields;
    }

    private FieldDecl field(TypeElement owner, VariableElement field, String pkg, List<TypeElement> nesting,
            String ownerName) {
        String name = field.getSimpleName().toString();
        Slot slot = types.field(owner, field, nesting);
        Access access = members.reader(owner, field, pkg);
        if (access == null) {
            diagnostics.error(field, Message.NO_READ_ACCESS, name, owner.getSimpleName(),
                    "get" + Members.capitalize(name));
        }
        if (slot == null || access == null) {
            return null;
        }
        String fake = fieldChecks.fake(field, slot);
        fieldChecks.pattern(field, slot);
        boolean primitive = slot.shape() instanceof Shape.Scalar s && s.primitive();
        boolean container = slot.shape() instanceof Shape.Collection || slot.shape() instanceof Shape.Map
                || slot.shape() instanceof Shape.Optional;
        boolean nullable = !(primitive || container || slot.constraints().forbidsNull()
                || annotations.jpa(field, "Id").isPresent() || requiredRelation(field));
        boolean unique = annotations.fixtura(field, "Unique").isPresent() || slot.constraints().columnUnique();
        return new FieldDecl(name, field, slot, column(field, slot), nullable, false, unique,
                kind(name, slot, fake, ownerName), fake, sensitive(field), reference(field, slot), access);
    }

    /** The {@code @Sensitive} strategy of the field ({@code FAKE} when left default), or null. */
    private String sensitive(VariableElement field) {
        return annotations.fixtura(field, "Sensitive").map(m -> {
            String strategy = annotations.string(m, "value");
            return strategy.isEmpty() ? "FAKE" : strategy;
        }).orElse(null);
    }

    /** A JPA relation declared mandatory: {@code @ManyToOne(optional = false)} or {@code @JoinColumn(nullable = false)}. */
    private boolean requiredRelation(VariableElement field) {
        for (String relation : List.of("ManyToOne", "OneToOne")) {
            Optional<AnnotationMirror> m = annotations.jpa(field, relation);
            if (m.isPresent() && !annotations.bool(m.get(), "optional", true)) {
                return true;
            }
        }
        return annotations.jpa(field, "JoinColumn").map(m -> !annotations.bool(m, "nullable", true)).orElse(false);
    }

    private ValueKind kind(String name, Slot slot, String fake, String ownerName) {
        if (fake != null || slot.constraints().pattern() != null || !(slot.shape() instanceof Shape.Scalar s)) {
            return null;
        }
        if (slot.constraints().email() && s.type() == ScalarType.STRING) {
            return ValueKind.EMAIL;
        }
        return KindRules.detect(name, category(s.type()), ownerName).orElse(null);
    }

    static TypeCategory category(ScalarType type) {
        if (type == ScalarType.STRING) {
            return TypeCategory.STRING;
        }
        if (type.isIntegral()) {
            return TypeCategory.INTEGRAL;
        }
        if (type == ScalarType.BIG_DECIMAL) {
            return TypeCategory.DECIMAL;
        }
        if (type == ScalarType.FLOAT || type == ScalarType.DOUBLE) {
            return TypeCategory.FLOATING;
        }
        if (type.isTemporal() && type != ScalarType.DURATION && type != ScalarType.LOCAL_TIME) {
            return TypeCategory.TEMPORAL;
        }
        return type == ScalarType.BOOLEAN ? TypeCategory.BOOLEAN : TypeCategory.OTHER;
    }

    private String column(VariableElement field, Slot slot) {
        String name = field.getSimpleName().toString();
        if (slot.shape() instanceof Shape.Entity) {
            Optional<AnnotationMirror> join = annotations.jpa(field, "JoinColumn");
            String joinName = join.map(m -> annotations.string(m, "name")).orElse("");
            return joinName.isEmpty() ? Names.snakeCase(name) + "_id" : joinName;
        }
        String columnName = annotations.jpa(field, "Column").map(m -> annotations.string(m, "name")).orElse("");
        return columnName.isEmpty() ? Names.snakeCase(name) : columnName;
    }

    private ReferenceDecl reference(VariableElement field, Slot slot) {
        String name = field.getSimpleName().toString();
        Optional<AnnotationMirror> references = annotations.fixtura(field, "References");
        if (references.isPresent()) {
            TypeMirror target = annotations.type(references.get(), "value");
            if (!(target instanceof DeclaredType declared)) {
                diagnostics.error(field, references.get(), annotations.explicitValue(references.get(), "value"),
                        Message.REFERENCE_NOT_ENTITY, target);
                return null;
            }
            TypeElement targetElement = (TypeElement) declared.asElement();
            // userId -> user(User); a field not named ...Id gets an overload of its own setter: payer(Traveller)
            String method = name.endsWith("Id") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
            return new ReferenceDecl(targetElement, ClassName.get(targetElement),
                    annotations.string(references.get(), "field"), null, null, method, references.get());
        }
        if (slot.shape() instanceof Shape.Entity e) {
            TypeElement targetElement = elements.getTypeElement(e.name().canonicalName());
            return new ReferenceDecl(targetElement, e.name(), "", null, null, name, null);
        }
        return null;
    }

    private String table(TypeElement type, AnnotationMirror testEntity) {
        String table = annotations.string(testEntity, "table");
        if (table.isEmpty()) {
            table = annotations.jpa(type, "Table").map(m -> annotations.string(m, "name")).orElse("");
        }
        return table.isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : table;
    }

    private String locale(TypeElement type, AnnotationMirror testEntity) {
        String tag = annotations.string(testEntity, "locale");
        if (tag.isEmpty()) {
            return "";
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            diagnostics.error(type, testEntity, annotations.explicitValue(testEntity, "locale"),
                    Message.LOCALE_INVALID, tag);
        }
        return tag;
    }

    /** JPA {@code @Table(uniqueConstraints = @UniqueConstraint(columnNames = ...))}, as field names. */
    private List<List<String>> uniqueTogether(TypeElement type, List<FieldDecl> fields) {
        Optional<AnnotationMirror> table = annotations.jpa(type, "Table");
        if (table.isEmpty()) {
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        for (AnnotationValue constraint : annotations.list(table.get(), "uniqueConstraints")) {
            AnnotationMirror unique = (AnnotationMirror) constraint.getValue();
            List<String> group = new ArrayList<>();
            for (AnnotationValue column : annotations.list(unique, "columnNames")) {
                String name = String.valueOf(column.getValue());
                FieldDecl field = fields.stream().filter(f -> f.column().equals(name) || f.name().equals(name))
                        .findFirst().orElse(null);
                if (field == null) {
                    diagnostics.error(type, table.get(), column, Message.UNIQUE_COLUMN_MISSING, name,
                            type.getSimpleName(), fields.stream().map(FieldDecl::column).toList());
                } else {
                    group.add(field.name());
                }
            }
            if (!group.isEmpty()) {
                groups.add(List.copyOf(group));
            }
        }
        return List.copyOf(groups);
    }

    private List<String> key(TypeElement type, AnnotationMirror testEntity, List<FieldDecl> fields) {
        List<String> names = members.dataFields(type).stream().map(f -> f.getSimpleName().toString()).toList();
        List<String> key = new ArrayList<>();
        for (AnnotationValue v : annotations.list(testEntity, "key")) {
            String k = String.valueOf(v.getValue());
            if (!names.contains(k)) {
                diagnostics.error(type, testEntity, v, Message.KEY_FIELD_MISSING, k, type.getSimpleName(), names);
            }
            key.add(k);
        }
        if (!key.isEmpty()) {
            return key;
        }
        for (FieldDecl f : fields) {
            if (annotations.jpa(f.element(), "Id").isPresent()) {
                key.add(f.name());
            }
        }
        if (key.isEmpty() && names.contains("id")) {
            key.add("id");
        }
        return key;
    }
}
