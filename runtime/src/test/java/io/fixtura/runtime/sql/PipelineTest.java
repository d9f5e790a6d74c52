package io.fixtura.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.LoadException;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.dataset.EntityRows;
import io.fixtura.runtime.sql.Library.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline alone, without a database: rows come in order, table after table; the maker stays a
 * bounded number of chunks ahead of a reader that does not read; its failure reaches the reader
 * naming table and row; closing stops it.
 */
class PipelineTest {

    private static final int CAPACITY = 3;
    private static final int ROWS_PER_CHUNK = 10;

    /** Chunks of row indexes; counts the chunks opened. */
    private static final class Indexes implements Pipeline.Format<List<Long>> {
        final AtomicInteger opened = new AtomicInteger();

        @Override
        public List<Long> open(int t, long first) {
            opened.incrementAndGet();
            return new ArrayList<>();
        }

        @Override
        public void add(List<Long> chunk, int t, long index, Object record) {
            chunk.add(index);
        }

        @Override
        public boolean isFull(List<Long> chunk) {
            return chunk.size() >= ROWS_PER_CHUNK;
        }

        @Override
        public void close(List<Long> chunk, int t) {
            chunk.add(-1L); // marks the last chunk of each table
        }
    }

    @AfterEach
    void noMakerOutlivesItsTest() {
        assertThat(makers()).isEmpty();
    }

    @Test
    void everyRowComesInOrderTableAfterTable() {
        List<Table> tables = List.of(table("a", 25, -1), table("b", 0, -1), table("c", 10, -1));
        List<List<Long>> read = new ArrayList<>();
        long[] rows = new long[3];

        try (Pipeline<List<Long>> pipeline = Pipeline.start(tables, new Indexes(), CAPACITY)) {
            for (int t = 0; t < 3; t++) {
                List<Long> all = new ArrayList<>();
                for (List<Long> chunk = pipeline.next(t); chunk != null; chunk = pipeline.next(t)) {
                    all.addAll(chunk);
                }
                read.add(all);
                rows[t] = pipeline.rows(t);
            }
        }

        assertThat(read.get(0)).hasSize(26).startsWith(0L, 1L, 2L).endsWith(23L, 24L, -1L);
        assertThat(read.get(1)).containsExactly(-1L);
        assertThat(read.get(2)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, -1L);
        assertThat(rows).containsExactly(25, 0, 10);
    }

    @Test
    void theMakerStaysABoundedNumberOfChunksAheadOfTheReader() {
        Indexes format = new Indexes();
        try (Pipeline<List<Long>> pipeline = Pipeline.start(List.of(table("a", 1_000_000, -1)), format, CAPACITY)) {
            assertThat(pipeline.next(0)).hasSize(ROWS_PER_CHUNK);
            Thread maker = makers().get(0);
            // blocked on the full queue; only a hand-over waits, so the state says the maker is stuck there
            while (maker.getState() != Thread.State.TIMED_WAITING || format.opened.get() < CAPACITY + 2) {
                Thread.onSpinWait();
            }

            assertThat(format.opened.get()).as("the chunk read, those queued, and one waiting for room")
                    .isEqualTo(CAPACITY + 2);
        }
    }

    @Test
    void aFailureToMakeARowReachesTheReaderNamingTableAndRow() {
        List<Table> tables = List.of(table("a", 30, -1), table("b", 1_000, 517));

        try (Pipeline<List<Long>> pipeline = Pipeline.start(tables, new Indexes(), CAPACITY)) {
            while (pipeline.next(0) != null) {
                // table a is made whole before b fails
            }
            LoadException e = catchThrowableOfType(LoadException.class, () -> {
                while (pipeline.next(1) != null) {
                    // rows 0 to 509 come before the failure
                }
            });

            assertThat(e).hasMessage("table b, row 517: cannot make its rows: record 517 broke");
            assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closingStopsAMakerThatIsAhead() {
        Indexes format = new Indexes();
        Pipeline<List<Long>> pipeline = Pipeline.start(List.of(table("a", 10_000_000, -1)), format, CAPACITY);
        pipeline.next(0);

        pipeline.close();

        assertThat(makers()).isEmpty();
        assertThat(format.opened.get()).isLessThan(1_000_000);
    }

    /** A table of {@code count} members; making record {@code broken} throws (-1: none). */
    private static Table table(String name, long count, long broken) {
        EntityRows<Member> rows = new EntityRows<>() {
            @Override
            public EntityModel<Member> model() {
                return new SqlModel<>(Member.class, name, List.of("id"), Library.MEMBERS.fields(), (c, i) -> null);
            }

            @Override
            public long count() {
                return count;
            }

            @Override
            public Stream<Member> stream() {
                return LongStream.range(0, count).mapToObj(i -> {
                    if (i == broken) {
                        throw new IllegalStateException("record " + i + " broke");
                    }
                    return new Member(i, 1L, "m");
                });
            }

            @Override
            public Set<String> deferredFields() {
                return Set.of();
            }
        };
        return Table.of(rows, Spelling.of(SqlDialect.H2));
    }

    private static List<Thread> makers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("fixtura-load-rows"))
                .filter(Thread::isAlive).toList();
    }
}
