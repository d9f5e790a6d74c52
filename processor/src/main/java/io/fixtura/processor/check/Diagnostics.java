package io.fixtura.processor.check;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place errors are reported: each on the element at fault and, where an annotation
 * attribute is to blame, on that attribute, so the caret lands on {@code max = "10"}. Counts
 * errors so a stage can tell whether an element's report is clean.
 */
public final class Diagnostics {

    private final Messager messager;
    private int errors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    public void error(Element element, Message message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
    }

    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
            Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
    }

    public void warning(Element element, String text) {
        messager.printMessage(Diagnostic.Kind.WARNING, "[Fixtura] " + text, element);
    }

    /** How many errors were reported so far; compare before and after a stage. */
    public int errorCount() {
        return errors;
    }
}
