/**
 * Regions: the elements of an annotation's or a prediction's {@code result}, in Label Studio's JSON format,
 * with typed views of the common kinds and builders that write them ({@code Region.rectangle("label",
 * "image").x(10).y(20).width(30).height(40).labels("Car").build()}).
 */
@NullMarked
package dev.labelstudio4j.client.regions;

import org.jspecify.annotations.NullMarked;
