/**
 * How the client's response models hold Label Studio's JSON: each model keeps the JSON object it was read
 * from and answers typed, lenient views of it. Internal: application code does not use anything here, and
 * nothing here appears in a public signature outside the {@code internal} packages.
 */
@NullMarked
package dev.labelstudio4j.client.internal.json;

import org.jspecify.annotations.NullMarked;
