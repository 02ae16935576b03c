package io.github.ladorules;

/** Where the alleged behaviour happened. */
public enum ConcernContext {
    AT_WORK, OUTSIDE_WORK, ONLINE
}
