package io.fixtura.runtime.sql;

import io.fixtura.runtime.LoadException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes the rows of a load's tables, table after table, on a thread of its own and a bounded number
 * of chunks ahead of the thread that writes them to the database: generation overlaps with the
 * database storing the rows before, and memory stays bounded however large the dataset. A failure
 * on either side stops both; the writing thread gets the maker's failure as a {@link LoadException}.
 *
 * <pre>{@code try (Pipeline<CopyBuffer> rows = Pipeline.start(tables, format, 16)) { rows.next(0); ... }}</pre>
 */
final class Pipeline<C> implements AutoCloseable {

    /** How long {@link #close()} waits for the maker to notice it should stop, at most. */
    private static final long STOP_MILLIS = 10_000;
    /** How often a waiting side looks whether the other one is gone. */
    private static final long POLL_MILLIS = 100;

    /** How one table's rows go into chunks; called on the making thread only. */
    interface Format<C> {

        /** A new chunk of table {@code t}, whose first row will be {@code first}. */
        C open(int t, long first);

        /** Appends row {@code index} of table {@code t}; a failure names the row. */
        void add(C chunk, int t, long index, Object record);

        boolean isFull(C chunk);

        /** Finishes the last chunk of table {@code t}. */
        void close(C chunk, int t);
    }

    /** A chunk of rows, the end of a table (chunk null, its row count) or the maker's failure. */
    private record Item(int table, Object chunk, long rows, LoadException failure) {
    }

    /** Thrown on the making thread once the writer has stopped reading. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final List<Table> tables;
    private final Format<C> format;
    private final BlockingQueue<Item> queue;
    private final long[] rows;
    private final Thread maker;
    private volatile boolean stopped;
    private boolean done;

    private Pipeline(List<Table> tables, Format<C> format, int capacity) {
        this.tables = tables;
        this.format = format;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.rows = new long[tables.size()];
        this.maker = new Thread(this::make, "fixtura-load-rows");
        maker.setDaemon(true);
    }

    /** Starts making the rows of {@code tables}, at most {@code capacity} chunks ahead of the reader. */
    static <C> Pipeline<C> start(List<Table> tables, Format<C> format, int capacity) {
        Pipeline<C> pipeline = new Pipeline<>(tables, format, capacity);
        pipeline.maker.start();
        return pipeline;
    }

    /**
     * The next chunk of table {@code t}, or null once all its rows have come ({@link #rows} then
     * tells how many). Tables are read in order. Throws the maker's failure.
     */
    @SuppressWarnings("unchecked")
    C next(int t) {
        Item item = take();
        if (item.failure() != null) {
            done = true;
            throw item.failure();
        }
        if (item.table() != t) {
            throw new IllegalStateException("rows of table " + item.table() + " came while reading table " + t);
        }
        if (item.chunk() == null) {
            rows[t] = item.rows();
            return null;
        }
        return (C) item.chunk();
    }

    /** How many rows table {@code t} has, once {@link #next} returned null for it. */
    long rows(int t) {
        return rows[t];
    }

    /** Stops the maker (if it is still making) and waits for it to end. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            maker.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Item take() {
        if (done) {
            throw new IllegalStateException("the rows have all been read");
        }
        try {
            while (true) {
                Item item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (item != null) {
                    return item;
                }
                if (!maker.isAlive() && queue.isEmpty()) {
                    throw new LoadException(null, -1, "the thread making the rows ended without a word", null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException(null, -1, "interrupted while waiting for rows", e);
        }
    }

    private void make() {
        try {
            for (int t = 0; t < tables.size(); t++) {
                put(new Item(t, null, make(t), null));
            }
        } catch (Stopped e) {
            // the writer failed or finished early; its failure is the one reported
        } catch (LoadException e) {
            fail(e);
        } catch (Throwable e) {
            fail(new LoadException(null, -1, "cannot make the rows: " + e, e));
        }
    }

    /** Makes and hands over the chunks of table {@code t}; returns its row count. */
    private long make(int t) {
        Table table = tables.get(t);
        long index = 0;
        C chunk = null;
        try (Stream<?> records = table.rows().stream()) {
            chunk = format.open(t, 0);
            Iterator<?> iterator = records.iterator();
            while (iterator.hasNext()) {
                format.add(chunk, t, index, iterator.next());
                index++;
                if (format.isFull(chunk)) {
                    put(new Item(t, chunk, -1, null));
                    chunk = format.open(t, index);
                }
            }
            format.close(chunk, t);
        } catch (Stopped | LoadException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new LoadException(table.table(), index, "cannot make its rows: " + e.getMessage(), e);
        }
        put(new Item(t, chunk, -1, null));
        return index;
    }

    private void put(Item item) {
        try {
            do {
                if (stopped) {
                    throw new Stopped();
                }
            } while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private void fail(LoadException failure) {
        try {
            put(new Item(-1, null, -1, failure));
        } catch (Stopped e) {
            // nobody reads any more: the writer's own failure is reported
        }
    }
}
