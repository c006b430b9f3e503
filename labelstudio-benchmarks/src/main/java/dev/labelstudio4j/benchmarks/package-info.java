/**
 * JMH benchmarks of the Label Studio client against plain, hand-written HTTP calls (the JDK
 * {@code HttpClient}, {@code HttpURLConnection} and Apache HttpClient 5) on a local server that answers
 * from canned bytes. {@link dev.labelstudio4j.benchmarks.RunAll} runs them all and prints the ratios.
 */
@NullMarked
package dev.labelstudio4j.benchmarks;

import org.jspecify.annotations.NullMarked;
