/**
 * The HTTP vocabulary every layer shares: WebRequest, WebResponse, RawQuery, IIS error pages, the exchange observer.
 * Transport-neutral; it imports nothing of the project.
 */
package dev.mockndes.web;
