/**
 * Label Studio API client: {@link dev.labelstudio4j.client.LabelStudioClient} and the types every
 * resource client shares (credentials, per-call options, paging, exceptions).
 * <p>
 * Params builders check their arguments when they are set, with an
 * {@link java.lang.IllegalArgumentException} naming the parameter, under one rule for strings:
 * <ul>
 * <li>names and identifiers (titles, usernames, emails, URLs, label configs, model versions, field
 * and key names) must not be blank;</li>
 * <li>free text (descriptions, instructions, first and last names, phone, initials, colors,
 * passwords) is sent as given, an empty string included (on an update it clears the field);</li>
 * <li>a setter whose parameter is {@code @Nullable} takes {@code null} as "not set" (nothing is
 * sent); any other setter refuses {@code null}, and a list refuses {@code null} elements.</li>
 * </ul>
 */
@NullMarked
package dev.labelstudio4j.client;

import org.jspecify.annotations.NullMarked;
