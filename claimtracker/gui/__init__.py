"""The Qt desktop app. Widgets talk to `LibraryBackend`, never to a database session."""
