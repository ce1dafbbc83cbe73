"""Claims → files and records. No Qt."""
