/**
 * Article-text extraction from HTML pages.
 */
package io.chipwatch.extract;
