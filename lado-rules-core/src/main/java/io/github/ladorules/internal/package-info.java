/**
 * Not API: the engine over Drools, validation, the edition catalogue, the calendar and the codec's machinery. Public
 * only so that the library's own modules can share it; it may change in any release. Hosts use
 * {@code io.github.ladorules}.
 */
package io.github.ladorules.internal;
