/**
 * The maintenance calendars of the site, {@code maintenance.ics} and {@code components/<id>/maintenance.ics}
 * (iCalendar, RFC 5545), for calendar subscriptions.
 */
package dev.sitrep.site.calendar;
