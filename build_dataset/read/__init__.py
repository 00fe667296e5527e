"""read: scraped files -> decoded pages, with checksums."""
