package org.teikit.validate.report;

/** Report formats: {@code text} (Jing's lines), {@code json}, {@code junit} (JUnit XML for CI systems). */
public enum ReportFormat {
    TEXT, JSON, JUNIT
}
