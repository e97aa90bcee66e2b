package org.setu.screening.domain.repatriation;

/** What a port of entry is: an airport, or a land port on the border. */
public enum PortKind { AIRPORT, LAND_PORT }
