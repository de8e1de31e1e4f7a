package org.mliadvisor.assessment.survey;

/**
 * The function a survey respondent works in: the gap between how marketing and logistics see the same
 * practice is itself a finding, so every answer is kept with its function. Written in files in lower
 * case ({@code marketing}).
 */
public enum RespondentFunction {
    MARKETING, SALES, LOGISTICS, OPERATIONS, FINANCE, MANAGEMENT, OTHER
}
