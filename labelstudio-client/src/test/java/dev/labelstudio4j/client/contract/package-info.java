/**
 * The OpenAPI contract test: every request the wire tests sent, checked against Label Studio's
 * official OpenAPI document.
 */
@NullMarked
package dev.labelstudio4j.client.contract;

import org.jspecify.annotations.NullMarked;
