/**
 * The admin API: one route table, one small class per action, and the dashboard's assets.
 * Application layer: it reads and drives the layers below, never the other way.
 */
package dev.mockndes.admin;
