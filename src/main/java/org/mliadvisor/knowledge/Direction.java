package org.mliadvisor.knowledge;

/** Which way a KPI improves. */
public enum Direction { HIGHER, LOWER }
