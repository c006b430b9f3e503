package dev.labelstudio4j.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * Case 2: 16 threads sharing one client; calls per millisecond. {@code http.maxConnections} is raised
 * from its default of 5 so that {@code HttpURLConnection} keeps a connection per thread alive, as the
 * other stacks do.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(16)
@Fork(jvmArgsAppend = "-Dhttp.maxConnections=32")
public class ProjectGetConcurrentBenchmark extends ProjectGetBase {

}
