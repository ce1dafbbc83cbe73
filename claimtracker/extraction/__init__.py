"""Proposals computed from text: dates now, attribution cues later. No Qt, no storage."""
