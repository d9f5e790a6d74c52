package io.fixtura.processor.check;

import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The one place errors are reported: each on the element at fault and, where an annotation
 * attribute is to blame, on that attribute, so the caret lands on {@code max = "10"}. An element
 * read from a class file has no source position, so its message starts with where it is
 * ({@code shop.User.email: …}). Counts errors so a stage can tell whether a report is clean.
 */
public final class Diagnostics {

    private final Messager messager;
    private final Trees trees;
    private int errors;

    public Diagnostics(ProcessingEnvironment env) {
        this.messager = env.getMessager();
        this.trees = treesOf(env);
    }

    private static Trees treesOf(ProcessingEnvironment env) {
        try {
            return Trees.instance(env);
        } catch (IllegalArgumentException | LinkageError e) {
            return null; // not javac: every message says where it is
        }
    }

    public void error(Element element, Message message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, located(element, message.format(args)), element);
    }

    public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, located(element, message.format(args)), element, annotation);
    }

    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
            Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, located(element, message.format(args)), element, annotation,
                value);
    }

    public void warning(Element element, String text) {
        messager.printMessage(Diagnostic.Kind.WARNING, located(element, "[Fixtura] " + text), element);
    }

    /** How many errors were reported so far; compare before and after a stage. */
    public int errorCount() {
        return errors;
    }

    private String located(Element element, String text) {
        if (element == null || hasSource(element)) {
            return text;
        }
        return describe(element) + ": " + text;
    }

    private boolean hasSource(Element element) {
        try {
            return trees != null && trees.getPath(element) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code shop.User.email}, {@code shop.User}. */
    static String describe(Element element) {
        if (element instanceof TypeElement type) {
            return type.getQualifiedName().toString();
        }
        Element owner = element.getEnclosingElement();
        if (owner != null && (owner.getKind().isClass() || owner.getKind().isInterface()
                || owner.getKind() == ElementKind.RECORD)) {
            return describe(owner) + "." + element.getSimpleName();
        }
        return element.getSimpleName().toString();
    }
}
