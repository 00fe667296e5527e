"""publish: shards' bytes -> an immutable version folder, its card, Croissant metadata and manifest."""
