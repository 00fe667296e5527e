"""shard: a slice of pages through the build's steps -> records, validated, as file bytes."""
