package io.fixtura.runtime.io;

import java.nio.file.Path;

/**
 * A file that is not what its reader expected: names the file, the line and column (1-based; 0
 * when unknown) and what was expected there.
 *
 * <pre>{@code catch (MalformedFileException e) { log(e.file() + ":" + e.line()); }}</pre>
 */
public final class MalformedFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final long column;

    public MalformedFileException(Path file, long line, long column, String problem) {
        this(file, line, column, problem, null);
    }

    public MalformedFileException(Path file, long line, long column, String problem, Throwable cause) {
        super(location(file, line, column) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** The line of the problem, from 1; 0 when not known. */
    public long line() {
        return line;
    }

    /** The column (character in the line) of the problem, from 1; 0 when not known. */
    public long column() {
        return column;
    }

    private static String location(Path file, long line, long column) {
        String where = String.valueOf(file);
        if (line > 0) {
            where += ", line " + line;
            if (column > 0) {
                where += ", column " + column;
            }
        }
        return where;
    }
}
