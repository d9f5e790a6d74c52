package io.fixtura.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the rows a benchmark made or loaded, so JMH reports them per second (the secondary metric
 * "rows") when one operation handles a number of rows only known at run time.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Rows {

    public long rows;

    @Setup(Level.Iteration)
    public void reset() {
        rows = 0;
    }
}
