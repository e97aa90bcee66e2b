package org.setu.events.screening;

/** How a returnee comes home: by a flight, over a land border (road or rail), or by sea. */
public enum TravelMode { AIR, LAND, SEA }
