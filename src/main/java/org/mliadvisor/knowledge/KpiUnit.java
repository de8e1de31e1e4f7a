package org.mliadvisor.knowledge;

/** The closed set of units a KPI is measured in. */
public enum KpiUnit { PERCENT, DAYS, COUNT_PER_MONTH, CURRENCY_PER_UNIT }
