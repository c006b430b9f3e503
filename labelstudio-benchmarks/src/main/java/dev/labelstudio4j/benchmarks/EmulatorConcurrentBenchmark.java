package dev.labelstudio4j.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * Case 8: the emulator with 100,000 tasks and 8 threads sending requests at once; requests per
 * millisecond. Pages are read in parallel (read lock); creations take turns on the write lock.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(8)
public class EmulatorConcurrentBenchmark extends EmulatorBase {

}
