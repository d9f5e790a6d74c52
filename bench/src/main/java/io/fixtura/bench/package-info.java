/**
 * JMH benchmarks of Fixtura beside Instancio and a hand-written factory, and the programs
 * {@code bench/run} runs after them: the ratio report, the processor's compile-time cost and the
 * streaming proof at scale.
 */
package io.fixtura.bench;
