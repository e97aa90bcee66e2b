package org.setu.screening.domain.repatriation;

/** Where a planned return stands: still awaited, or settled once by the desk at the port or by the calendar. */
public enum ReturnStatus { PLANNED, ARRIVED, MISSED }
